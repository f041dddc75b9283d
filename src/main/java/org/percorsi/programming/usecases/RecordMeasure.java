package org.percorsi.programming.usecases;

import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator records the value an indicator of an intervention measured on a day; measuring the same
 * day again corrects it.
 */
@Service
public class RecordMeasure {

    private final InterventionStore interventions;
    private final ProgrammingPermissions permissions;

    RecordMeasure(InterventionStore interventions, ProgrammingPermissions permissions) {
        this.interventions = interventions;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long intervention, long indicator, MeasureForm form) {
        permissions.requireAdministrator();
        InterventionRules.requireExisting(interventions, intervention);
        var value = Amounts.parse("value", form.value());
        if (form.measuredOn() == null || value == null) {
            throw new RuleViolation(form.measuredOn() == null ? "measuredOn" : "value", "NotNull");
        }
        if (!interventions.hasIndicator(intervention, indicator)) {
            throw new NotFoundException("indicator " + indicator);
        }
        interventions.measure(indicator, form.measuredOn(), value);
    }
}
