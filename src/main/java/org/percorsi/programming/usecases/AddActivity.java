package org.percorsi.programming.usecases;

import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator adds an activity to an intervention's sheet; activities are searchable, so search hears of it. */
@Service
public class AddActivity {

    private final InterventionStore interventions;
    private final InterventionChanges changes;
    private final ProgrammingPermissions permissions;

    AddActivity(InterventionStore interventions, InterventionChanges changes, ProgrammingPermissions permissions) {
        this.interventions = interventions;
        this.changes = changes;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(long intervention, ActivityForm form) {
        permissions.requireAdministrator();
        InterventionRules.requireExisting(interventions, intervention);
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            throw new RuleViolation("endsOn", "programming.intervention.endsBeforeStart");
        }
        long id = interventions.addActivity(
                intervention, InterventionRules.required("title", form.title()), form.startsOn(), form.endsOn());
        changes.announce(intervention);
        return id;
    }
}
