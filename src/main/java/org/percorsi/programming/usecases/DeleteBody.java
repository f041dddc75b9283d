package org.percorsi.programming.usecases;

import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.BodyStore;
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
    private final ProgrammingPermissions permissions;

    DeleteBody(BodyStore bodies, ProgrammingPermissions permissions) {
        this.bodies = bodies;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long bodyId) {
        permissions.requireAdministrator();
        // the lock makes an import assigning the body wait, so the count stays true until the deletion
        String name = bodies.lockName(bodyId).orElseThrow(() -> new NotFoundException("body " + bodyId));
        int actions = bodies.assignments(bodyId);
        if (actions > 0) {
            throw RuleViolation.global("programming.body.inUse", name, actions);
        }
        bodies.delete(bodyId);
    }
}
