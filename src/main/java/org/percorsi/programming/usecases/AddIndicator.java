package org.percorsi.programming.usecases;

import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.shared.text.Texts;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator adds an indicator to an intervention, with the value it starts from and the one it aims at. */
@Service
public class AddIndicator {

    private final InterventionStore interventions;
    private final ProgrammingPermissions permissions;

    AddIndicator(InterventionStore interventions, ProgrammingPermissions permissions) {
        this.interventions = interventions;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(long intervention, IndicatorForm form) {
        permissions.requireAdministrator();
        InterventionRules.requireExisting(interventions, intervention);
        var baseline = Amounts.parse("baseline", form.baseline());
        var target = Amounts.parse("target", form.target());
        if (target == null) {
            throw new RuleViolation("target", "NotNull");
        }
        return interventions.addIndicator(
                intervention,
                InterventionRules.required("name", form.name()),
                Texts.blankToNull(form.unit()),
                baseline,
                target);
    }
}
