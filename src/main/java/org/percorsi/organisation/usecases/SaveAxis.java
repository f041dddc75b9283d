package org.percorsi.organisation.usecases;

import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.domain.Axis;
import org.percorsi.organisation.domain.AxisRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator creates an axis of intervention, or renames one (id given). Names are unique. */
@Service
public class SaveAxis {

    private final AxisRepository axes;
    private final OrganisationPermissions permissions;

    SaveAxis(AxisRepository axes, OrganisationPermissions permissions) {
        this.axes = axes;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(Long id, AxisForm form) {
        permissions.requireCanManage();
        String name = form.name().strip();
        if (axes.nameTaken(name, id)) {
            throw new RuleViolation("name", "organisation.axis.nameTaken");
        }
        Axis axis;
        if (id == null) {
            axis = new Axis(name, Text.orNull(form.description()), axes.nextPosition());
        } else {
            axis = axes.findById(id).orElseThrow(() -> new NotFoundException("axis " + id));
            axis.update(name, Text.orNull(form.description()));
        }
        return axes.save(axis).getId();
    }
}
