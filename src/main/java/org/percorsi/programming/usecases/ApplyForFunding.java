package org.percorsi.programming.usecases;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding calls (funder, deadline, amounts, requirements) and the applications an
 * intervention makes to them, with their outcome; a granted application moves the
 * intervention to "funded" unless it is already further on.
 */
@Service
public class ApplyForFunding {

    private final JdbcClient jdbc;

    ApplyForFunding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long createCall(String title, String funder, LocalDate deadline, BigDecimal total, BigDecimal maxPerProject,
            String requirements, String url) {
        Caller.requireAdmin();
        if (deadline == null) {
            throw new RuleViolation("deadline", "NotNull");
        }
        return jdbc.sql("""
                insert into funding_call (title, funder, deadline, total_amount, max_per_project, requirements, url)
                values (:t, :f, :d, :total, :max, :req, :url) returning id""")
                .param("t", PlanIntervention.required("title", title)).param("f", PlanIntervention.required("funder", funder))
                .param("d", deadline).param("total", total == null ? null : PlanIntervention.amount(total))
                .param("max", maxPerProject == null ? null : PlanIntervention.amount(maxPerProject))
                .param("req", requirements == null || requirements.isBlank() ? null : requirements.strip())
                .param("url", url == null || url.isBlank() ? null : url.strip()).query(Long.class).single();
    }

    @Transactional
    public void apply(long intervention, Long callId, BigDecimal requested, LocalDate submitted) {
        Caller.requireAdmin();
        if (callId == null) {
            throw new RuleViolation("callId", "NotNull");
        }
        var call = jdbc.sql("select deadline, max_per_project from funding_call where id = :c").param("c", callId)
                .query((rs, n) -> new Object[] {rs.getDate(1).toLocalDate(), rs.getBigDecimal(2)}).optional()
                .orElseThrow(() -> new RuleViolation("callId", "programming.funding.callUnknown"));
        LocalDate on = submitted == null ? LocalDate.now(org.percorsi.shared.time.TimeConfiguration.ROME) : submitted;
        if (on.isAfter((LocalDate) call[0])) {
            throw new RuleViolation("submittedOn", "programming.funding.afterDeadline");
        }
        BigDecimal amount = PlanIntervention.amount(requested);
        if (call[1] != null && amount.compareTo((BigDecimal) call[1]) > 0) {
            throw new RuleViolation("requestedAmount", "programming.funding.aboveMaximum", call[1]);
        }
        int inserted = jdbc.sql("""
                insert into funding_application (intervention_id, call_id, requested_amount, submitted_on)
                values (:i, :c, :a, :d) on conflict do nothing""")
                .param("i", intervention).param("c", callId).param("a", amount).param("d", on).update();
        if (inserted == 0) {
            throw new RuleViolation("callId", "programming.funding.alreadyApplied");
        }
        jdbc.sql("update intervention set status = 'FUNDING_REQUESTED', updated_at = now() where id = :i and status in ('IDEA', 'DESIGNED')")
                .param("i", intervention).update();
    }

    @Transactional
    public void recordOutcome(long intervention, long callId, boolean granted, BigDecimal grantedAmount, String note) {
        Caller.requireAdmin();
        if (granted && grantedAmount == null) {
            throw new RuleViolation("grantedAmount", "NotNull");
        }
        int updated = jdbc.sql("""
                update funding_application set outcome = :o, granted_amount = :g, outcome_note = :n
                where intervention_id = :i and call_id = :c""")
                .param("o", granted ? "GRANTED" : "REJECTED").param("g", granted ? PlanIntervention.amount(grantedAmount) : null)
                .param("n", note == null || note.isBlank() ? null : note.strip()).param("i", intervention).param("c", callId)
                .update();
        if (updated == 0) {
            throw new NotFoundException("application " + intervention + "/" + callId);
        }
        if (granted) {
            jdbc.sql("update intervention set status = 'FUNDED', updated_at = now() where id = :i and status in ('IDEA', 'DESIGNED', 'FUNDING_REQUESTED')")
                    .param("i", intervention).update();
        }
    }
}
