package org.percorsi.programming.usecases;

import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.InterventionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator adds a budget line to an intervention: what it pays for, from which funding source, how much. */
@Service
public class AddBudgetLine {

    private final InterventionStore interventions;
    private final ProgrammingPermissions permissions;

    AddBudgetLine(InterventionStore interventions, ProgrammingPermissions permissions) {
        this.interventions = interventions;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(long intervention, BudgetLineForm form) {
        permissions.requireAdministrator();
        InterventionRules.requireExisting(interventions, intervention);
        var amount = Amounts.parse("amount", form.amount());
        return interventions.addBudgetLine(
                intervention,
                InterventionRules.required("description", form.description()),
                InterventionRules.required("fundingSource", form.fundingSource()),
                InterventionRules.amount(amount));
    }
}
