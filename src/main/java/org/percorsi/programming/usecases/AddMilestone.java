package org.percorsi.programming.usecases;

import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator adds a milestone, with its due day, to an intervention; its progress counts milestones reached. */
@Service
public class AddMilestone {

    private final InterventionStore interventions;
    private final ProgrammingPermissions permissions;

    AddMilestone(InterventionStore interventions, ProgrammingPermissions permissions) {
        this.interventions = interventions;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(long intervention, MilestoneForm form) {
        permissions.requireAdministrator();
        InterventionRules.requireExisting(interventions, intervention);
        if (form.dueOn() == null) {
            throw new RuleViolation("dueOn", "NotNull");
        }
        return interventions.addMilestone(
                intervention, InterventionRules.required("title", form.title()), form.dueOn());
    }
}
