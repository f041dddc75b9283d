package org.percorsi.programming.usecases;

import org.percorsi.programming.domain.BodyStore;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator removes a body from the registry (with its other names) when no
 * action is assigned to it; one that is still assigned is refused: merging it into
 * another body is the way to remove it.
 */
@Service
public class DeleteBody {

    private final BodyStore bodies;

    DeleteBody(BodyStore bodies) {
        this.bodies = bodies;
    }

    @Transactional
    public void handle(long bodyId) {
        Caller.requireAdmin();
        // the lock makes an import assigning the body wait, so the count stays true until the deletion
        String name = bodies.lockName(bodyId).orElseThrow(() -> new NotFoundException("body " + bodyId));
        int actions = bodies.assignments(bodyId);
        if (actions > 0) {
            throw RuleViolation.global("programming.body.inUse", name, actions);
        }
        bodies.delete(bodyId);
    }
}
