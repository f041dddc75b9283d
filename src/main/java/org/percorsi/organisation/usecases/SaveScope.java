package org.percorsi.organisation.usecases;

import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.domain.Scope;
import org.percorsi.organisation.domain.ScopeRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator creates a territorial scope or changes one (id given). A
 * scope cannot be moved under itself or under one of its own sub-scopes.
 */
@Service
public class SaveScope {

    private final ScopeRepository scopes;
    private final OrganisationPermissions permissions;

    SaveScope(ScopeRepository scopes, OrganisationPermissions permissions) {
        this.scopes = scopes;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(Long id, ScopeForm form) {
        permissions.requireCanManage();
        if (form.parentId() != null && !scopes.existsById(form.parentId())) {
            throw new RuleViolation("parentId", "organisation.scope.parentUnknown");
        }
        if (id != null
                && form.parentId() != null
                && scopes.selfAndDescendants(id).contains(form.parentId())) {
            throw new RuleViolation("parentId", "organisation.scope.cycle");
        }
        String name = form.name().strip();
        if (scopes.nameTaken(form.parentId(), name, id)) {
            throw new RuleViolation("name", "organisation.scope.nameTaken");
        }
        Scope scope;
        if (id == null) {
            scope = new Scope(form.parentId(), name, form.kind(), scopes.nextPosition(form.parentId()));
        } else {
            scope = scopes.findById(id).orElseThrow(() -> new NotFoundException("scope " + id));
            scope.update(form.parentId(), name, form.kind());
        }
        return scopes.save(scope).getId();
    }
}
