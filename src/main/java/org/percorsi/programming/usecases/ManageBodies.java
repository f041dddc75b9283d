package org.percorsi.programming.usecases;

import org.percorsi.programming.BodyKind;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.BodyStore;
import org.percorsi.programming.dup.MatchKey;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of bodies: administrators correct a body's kind and name and add the
 * other names it goes by in the documents, so that later imports match them.
 */
@Service
public class ManageBodies {

    private final BodyStore bodies;
    private final ProgrammingPermissions permissions;

    ManageBodies(BodyStore bodies, ProgrammingPermissions permissions) {
        this.bodies = bodies;
        this.permissions = permissions;
    }

    @Transactional
    public void update(long bodyId, String name, BodyKind kind) {
        permissions.requireAdministrator();
        String key = key("name", name);
        if (kind == null) {
            throw new RuleViolation("kind", "NotNull");
        }
        if (bodies.keyTakenByAnother(key, bodyId)) {
            throw new RuleViolation("name", "programming.body.taken");
        }
        if (!bodies.update(bodyId, name.strip(), kind, key)) {
            throw new NotFoundException("body " + bodyId);
        }
    }

    @Transactional
    public void addAlias(long bodyId, String alias) {
        permissions.requireAdministrator();
        String key = key("alias", alias);
        if (bodies.keyTakenByAnother(key, bodyId)) {
            throw new RuleViolation("alias", "programming.body.taken");
        }
        if (!bodies.exists(bodyId)) {
            throw new NotFoundException("body " + bodyId);
        }
        bodies.addAlias(bodyId, alias.strip(), key);
    }

    private static String key(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, "NotBlank");
        }
        if (text.strip().length() > 300) {
            throw new RuleViolation(field, "Size", 0, 300);
        }
        String key = MatchKey.of(text);
        if (key.isEmpty()) {
            throw new RuleViolation(field, "NotBlank");
        }
        return key;
    }
}
