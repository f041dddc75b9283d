package org.percorsi.organisation.usecases;

import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.domain.ScopeRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator deletes a scope with no sub-scopes that no process uses. */
@Service
public class DeleteScope {

    private final ScopeRepository scopes;
    private final OrganisationPermissions permissions;

    DeleteScope(ScopeRepository scopes, OrganisationPermissions permissions) {
        this.scopes = scopes;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long id) {
        permissions.requireCanManage();
        if (!scopes.existsById(id)) {
            throw new NotFoundException("scope " + id);
        }
        if (scopes.existsByParentId(id)) {
            throw RuleViolation.global("organisation.scope.hasChildren");
        }
        try {
            scopes.deleteById(id);
        } catch (DataIntegrityViolationException inUse) {
            throw RuleViolation.global("organisation.scope.inUse");
        }
    }
}
