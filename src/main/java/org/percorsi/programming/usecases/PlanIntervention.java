package org.percorsi.programming.usecases;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.percorsi.programming.InterventionChanged;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.programming.domain.ObjectiveStore;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of an intervention's sheet: the proposals and DUP actions behind it,
 * activities with dates, budget lines by funding source, milestones and
 * indicators with their measured values.
 */
@Service
public class PlanIntervention {

    private final InterventionStore interventions;
    private final ObjectiveStore objectives;
    private final ApplicationEventPublisher events;

    PlanIntervention(InterventionStore interventions, ObjectiveStore objectives, ApplicationEventPublisher events) {
        this.interventions = interventions;
        this.objectives = objectives;
        this.events = events;
    }

    @Transactional
    public void linkProposal(long intervention, Long proposalId) {
        exists(intervention);
        if (proposalId == null || !interventions.proposalExists(proposalId)) {
            throw new RuleViolation("proposalId", "programming.intervention.proposalUnknown");
        }
        interventions.linkProposal(intervention, proposalId);
    }

    @Transactional
    public void linkNode(long intervention, Long nodeId) {
        exists(intervention);
        if (nodeId == null || !objectives.nodeExists(nodeId)) {
            throw new RuleViolation("nodeId", "programming.link.chooseObjective");
        }
        interventions.linkNode(intervention, nodeId);
    }

    @Transactional
    public long addActivity(long intervention, String title, LocalDate starts, LocalDate ends) {
        exists(intervention);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            throw new RuleViolation("endsOn", "programming.intervention.endsBeforeStart");
        }
        long id = interventions.addActivity(intervention, required("title", title), starts, ends);
        events.publishEvent(new InterventionChanged(intervention)); // activities are searchable
        return id;
    }

    @Transactional
    public long addBudgetLine(long intervention, String description, String source, BigDecimal amount) {
        exists(intervention);
        return interventions.addBudgetLine(intervention, required("description", description),
                required("fundingSource", source), amount(amount));
    }

    @Transactional
    public long addMilestone(long intervention, String title, LocalDate due) {
        exists(intervention);
        if (due == null) {
            throw new RuleViolation("dueOn", "NotNull");
        }
        return interventions.addMilestone(intervention, required("title", title), due);
    }

    @Transactional
    public void reachMilestone(long intervention, long milestone, LocalDate reached) {
        exists(intervention);
        if (!interventions.reachMilestone(intervention, milestone,
                reached == null ? LocalDate.now(TimeConfiguration.ROME) : reached)) {
            throw new NotFoundException("milestone " + milestone);
        }
    }

    @Transactional
    public long addIndicator(long intervention, String name, String unit, BigDecimal baseline, BigDecimal target) {
        exists(intervention);
        if (target == null) {
            throw new RuleViolation("target", "NotNull");
        }
        return interventions.addIndicator(intervention, required("name", name),
                unit == null || unit.isBlank() ? null : unit.strip(), baseline, target);
    }

    /** A measured value of an indicator on a day (measuring the same day again corrects it). */
    @Transactional
    public void measure(long intervention, long indicator, LocalDate on, BigDecimal value) {
        exists(intervention);
        if (on == null || value == null) {
            throw new RuleViolation(on == null ? "measuredOn" : "value", "NotNull");
        }
        if (!interventions.hasIndicator(intervention, indicator)) {
            throw new NotFoundException("indicator " + indicator);
        }
        interventions.measure(indicator, on, value);
    }

    private void exists(long intervention) {
        Caller.requireAdmin();
        if (!interventions.exists(intervention)) {
            throw new NotFoundException("intervention " + intervention);
        }
    }

    static BigDecimal amount(BigDecimal amount) {
        if (amount == null) {
            throw new RuleViolation("amount", "NotNull");
        }
        if (amount.signum() < 0 || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("amount", "programming.intervention.amountInvalid");
        }
        return amount;
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "NotBlank");
        }
        if (value.strip().length() > 1000) {
            throw new RuleViolation(field, "Size", 0, 1000);
        }
        return value.strip();
    }
}
