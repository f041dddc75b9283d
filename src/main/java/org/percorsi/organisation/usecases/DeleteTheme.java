package org.percorsi.organisation.usecases;

import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.domain.ThemeRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator deletes a theme. A theme that processes use is kept: the
 * database refuses the delete and the administrator is told why.
 */
@Service
public class DeleteTheme {

    private final ThemeRepository themes;
    private final OrganisationPermissions permissions;

    DeleteTheme(ThemeRepository themes, OrganisationPermissions permissions) {
        this.themes = themes;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long id) {
        permissions.requireCanManage();
        if (!themes.existsById(id)) {
            throw new NotFoundException("theme " + id);
        }
        try {
            themes.deleteById(id);
        } catch (DataIntegrityViolationException inUse) {
            throw RuleViolation.global("organisation.theme.inUse");
        }
    }
}
