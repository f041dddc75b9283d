package org.percorsi.programming.usecases;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.percorsi.programming.InterventionStatus;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.FundingStore;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding calls (funder, deadline, amounts, requirements) and the applications an
 * intervention makes to them, with their outcome; a granted application moves the
 * intervention to "funded" unless it is already further on.
 */
@Service
public class ApplyForFunding {

    private final FundingStore funding;
    private final InterventionStore interventions;
    private final ProgrammingPermissions permissions;

    ApplyForFunding(FundingStore funding, InterventionStore interventions, ProgrammingPermissions permissions) {
        this.funding = funding;
        this.interventions = interventions;
        this.permissions = permissions;
    }

    @Transactional
    public long createCall(
            String title,
            String funder,
            LocalDate deadline,
            BigDecimal total,
            BigDecimal maxPerProject,
            String requirements,
            String url) {
        permissions.requireAdministrator();
        if (deadline == null) {
            throw new RuleViolation("deadline", "NotNull");
        }
        return funding.insertCall(
                InterventionRules.required("title", title),
                InterventionRules.required("funder", funder),
                deadline,
                total == null ? null : InterventionRules.amount(total),
                maxPerProject == null ? null : InterventionRules.amount(maxPerProject),
                requirements == null || requirements.isBlank() ? null : requirements.strip(),
                url == null || url.isBlank() ? null : url.strip());
    }

    @Transactional
    public void apply(long intervention, Long callId, BigDecimal requested, LocalDate submitted) {
        permissions.requireAdministrator();
        InterventionRules.requireExisting(interventions, intervention);
        if (callId == null) {
            throw new RuleViolation("callId", "NotNull");
        }
        var call =
                funding.terms(callId).orElseThrow(() -> new RuleViolation("callId", "programming.funding.callUnknown"));
        LocalDate on = submitted == null ? LocalDate.now(TimeConfiguration.ROME) : submitted;
        if (on.isAfter(call.deadline())) {
            throw new RuleViolation("submittedOn", "programming.funding.afterDeadline");
        }
        BigDecimal amount = InterventionRules.amount(requested);
        if (call.maxPerProject() != null && amount.compareTo(call.maxPerProject()) > 0) {
            throw new RuleViolation("requestedAmount", "programming.funding.aboveMaximum", call.maxPerProject());
        }
        if (!funding.apply(intervention, callId, amount, on)) {
            throw new RuleViolation("callId", "programming.funding.alreadyApplied");
        }
        interventions.advance(intervention, InterventionStatus.FUNDING_REQUESTED);
    }

    @Transactional
    public void recordOutcome(long intervention, long callId, boolean granted, BigDecimal grantedAmount, String note) {
        permissions.requireAdministrator();
        if (granted && grantedAmount == null) {
            throw new RuleViolation("grantedAmount", "NotNull");
        }
        if (!funding.recordOutcome(
                intervention,
                callId,
                granted,
                granted ? InterventionRules.amount(grantedAmount) : null,
                note == null || note.isBlank() ? null : note.strip())) {
            throw new NotFoundException("application " + intervention + "/" + callId);
        }
        if (granted) {
            interventions.advance(intervention, InterventionStatus.FUNDED);
        }
    }
}
