package org.percorsi.organisation.usecases;

import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.domain.AxisRepository;
import org.percorsi.organisation.domain.Theme;
import org.percorsi.organisation.domain.ThemeRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator creates a theme under an axis, or changes one (id given). Names are unique within an axis. */
@Service
public class SaveTheme {

    private final ThemeRepository themes;
    private final AxisRepository axes;
    private final OrganisationPermissions permissions;

    SaveTheme(ThemeRepository themes, AxisRepository axes, OrganisationPermissions permissions) {
        this.themes = themes;
        this.axes = axes;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(Long id, ThemeForm form) {
        permissions.requireCanManage();
        if (!axes.existsById(form.axisId())) {
            throw new RuleViolation("axisId", "organisation.theme.axisUnknown");
        }
        String name = form.name().strip();
        if (themes.nameTaken(form.axisId(), name, id)) {
            throw new RuleViolation("name", "organisation.theme.nameTaken");
        }
        Theme theme;
        if (id == null) {
            theme = new Theme(form.axisId(), name, Text.orNull(form.description()), themes.nextPosition(form.axisId()));
        } else {
            theme = themes.findById(id).orElseThrow(() -> new NotFoundException("theme " + id));
            theme.update(form.axisId(), name, Text.orNull(form.description()));
        }
        return themes.save(theme).getId();
    }
}
