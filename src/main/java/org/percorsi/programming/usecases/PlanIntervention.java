package org.percorsi.programming.usecases;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.percorsi.programming.InterventionChanged;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of an intervention's sheet: the proposals and DUP actions behind it,
 * activities with dates, budget lines by funding source, milestones and
 * indicators with their measured values.
 */
@Service
public class PlanIntervention {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PlanIntervention(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public void linkProposal(long intervention, Long proposalId) {
        exists(intervention);
        if (proposalId == null || jdbc.sql("select count(*) from proposal where id = :p").param("p", proposalId)
                .query(Integer.class).single() == 0) {
            throw new RuleViolation("proposalId", "programming.intervention.proposalUnknown");
        }
        jdbc.sql("insert into intervention_proposal values (:i, :p) on conflict do nothing").param("i", intervention)
                .param("p", proposalId).update();
    }

    @Transactional
    public void linkNode(long intervention, Long nodeId) {
        exists(intervention);
        if (nodeId == null || jdbc.sql("select count(*) from objective_node where id = :n").param("n", nodeId)
                .query(Integer.class).single() == 0) {
            throw new RuleViolation("nodeId", "programming.link.chooseObjective");
        }
        jdbc.sql("insert into intervention_node values (:i, :n) on conflict do nothing").param("i", intervention)
                .param("n", nodeId).update();
    }

    @Transactional
    public long addActivity(long intervention, String title, LocalDate starts, LocalDate ends) {
        exists(intervention);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            throw new RuleViolation("endsOn", "programming.intervention.endsBeforeStart");
        }
        long id = jdbc.sql("insert into intervention_activity (intervention_id, title, starts_on, ends_on) values (:i, :t, :s, :e) returning id")
                .param("i", intervention).param("t", required("title", title)).param("s", starts).param("e", ends)
                .query(Long.class).single();
        events.publishEvent(new InterventionChanged(intervention)); // activities are searchable
        return id;
    }

    @Transactional
    public long addBudgetLine(long intervention, String description, String source, BigDecimal amount) {
        exists(intervention);
        return jdbc.sql("""
                insert into intervention_budget_line (intervention_id, description, funding_source, amount)
                values (:i, :d, :s, :a) returning id""")
                .param("i", intervention).param("d", required("description", description))
                .param("s", required("fundingSource", source)).param("a", amount(amount)).query(Long.class).single();
    }

    @Transactional
    public long addMilestone(long intervention, String title, LocalDate due) {
        exists(intervention);
        if (due == null) {
            throw new RuleViolation("dueOn", "NotNull");
        }
        return jdbc.sql("insert into intervention_milestone (intervention_id, title, due_on) values (:i, :t, :d) returning id")
                .param("i", intervention).param("t", required("title", title)).param("d", due).query(Long.class).single();
    }

    @Transactional
    public void reachMilestone(long intervention, long milestone, LocalDate reached) {
        exists(intervention);
        if (jdbc.sql("update intervention_milestone set reached_on = :r where id = :m and intervention_id = :i")
                .param("r", reached == null ? LocalDate.now(org.percorsi.shared.time.TimeConfiguration.ROME) : reached)
                .param("m", milestone).param("i", intervention).update() == 0) {
            throw new NotFoundException("milestone " + milestone);
        }
    }

    @Transactional
    public long addIndicator(long intervention, String name, String unit, BigDecimal baseline, BigDecimal target) {
        exists(intervention);
        if (target == null) {
            throw new RuleViolation("target", "NotNull");
        }
        return jdbc.sql("""
                insert into intervention_indicator (intervention_id, name, unit, baseline, target)
                values (:i, :n, :u, :b, :t) returning id""")
                .param("i", intervention).param("n", required("name", name))
                .param("u", unit == null || unit.isBlank() ? null : unit.strip()).param("b", baseline).param("t", target)
                .query(Long.class).single();
    }

    /** A measured value of an indicator on a day (measuring the same day again corrects it). */
    @Transactional
    public void measure(long intervention, long indicator, LocalDate on, BigDecimal value) {
        exists(intervention);
        if (on == null || value == null) {
            throw new RuleViolation(on == null ? "measuredOn" : "value", "NotNull");
        }
        if (jdbc.sql("select count(*) from intervention_indicator where id = :x and intervention_id = :i")
                .param("x", indicator).param("i", intervention).query(Integer.class).single() == 0) {
            throw new NotFoundException("indicator " + indicator);
        }
        jdbc.sql("""
                insert into intervention_indicator_value (indicator_id, measured_on, value) values (:x, :d, :v)
                on conflict (indicator_id, measured_on) do update set value = excluded.value""")
                .param("x", indicator).param("d", on).param("v", value).update();
    }

    private void exists(long intervention) {
        Caller.requireAdmin();
        if (jdbc.sql("select count(*) from intervention where id = :i").param("i", intervention).query(Integer.class)
                .single() == 0) {
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
