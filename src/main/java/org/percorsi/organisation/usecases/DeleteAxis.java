package org.percorsi.organisation.usecases;

import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.domain.AxisRepository;
import org.percorsi.organisation.domain.ThemeRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator deletes an axis that has no themes left. */
@Service
public class DeleteAxis {

    private final AxisRepository axes;
    private final ThemeRepository themes;
    private final OrganisationPermissions permissions;

    DeleteAxis(AxisRepository axes, ThemeRepository themes, OrganisationPermissions permissions) {
        this.axes = axes;
        this.themes = themes;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long id) {
        permissions.requireCanManage();
        if (!axes.existsById(id)) {
            throw new NotFoundException("axis " + id);
        }
        if (themes.existsByAxisId(id)) {
            throw RuleViolation.global("organisation.axis.hasThemes");
        }
        axes.deleteById(id);
    }
}
