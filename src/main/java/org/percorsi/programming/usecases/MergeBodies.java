package org.percorsi.programming.usecases;

import java.util.Map;
import java.util.stream.Collectors;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.BodyStore;
import org.percorsi.programming.domain.BodyStore.Body;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator merges two bodies of the registry that are the same one: the
 * survivor takes the other's assignments to actions and its other names, and the
 * merged body's name becomes another name of the survivor, so that later imports
 * writing it still find the survivor. All or nothing, in one transaction.
 */
@Service
public class MergeBodies {

    private final BodyStore store;
    private final ProgrammingPermissions permissions;

    MergeBodies(BodyStore store, ProgrammingPermissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(MergeBodiesForm form) {
        permissions.requireAdministrator();
        if (form.merged() == null) {
            throw new RuleViolation("merged", "NotNull");
        }
        if (form.survivor() == null) {
            throw new RuleViolation("survivor", "NotNull");
        }
        if (form.merged().equals(form.survivor())) {
            throw new RuleViolation("survivor", "programming.body.merge.same");
        }
        Map<Long, Body> bodies =
                store.lockBoth(form.merged(), form.survivor()).stream().collect(Collectors.toMap(Body::id, b -> b));
        Body merged = bodies.get(form.merged());
        if (merged == null) {
            throw new RuleViolation("merged", "programming.body.gone");
        }
        if (!bodies.containsKey(form.survivor())) {
            throw new RuleViolation("survivor", "programming.body.gone");
        }
        store.merge(merged, form.survivor());
    }
}
