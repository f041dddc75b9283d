package org.percorsi.programming.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of funding calls and of the applications interventions make to them, with their outcome. */
@Repository
public class FundingStore {

    private final JdbcClient jdbc;

    FundingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an application is checked against. */
    public record Terms(LocalDate deadline, BigDecimal maxPerProject) {}

    public long insertCall(
            String title,
            String funder,
            LocalDate deadline,
            BigDecimal total,
            BigDecimal maxPerProject,
            String requirements,
            String url) {
        return jdbc.sql("""
                insert into funding_call (title, funder, deadline, total_amount, max_per_project, requirements, url)
                values (:t, :f, :d, :total, :max, :req, :url) returning id""")
                .param("t", title)
                .param("f", funder)
                .param("d", deadline)
                .param("total", total)
                .param("max", maxPerProject)
                .param("req", requirements)
                .param("url", url)
                .query(Long.class)
                .single();
    }

    public Optional<Terms> terms(long callId) {
        return jdbc.sql("select deadline, max_per_project from funding_call where id = :c")
                .param("c", callId)
                .query((rs, n) -> new Terms(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2)))
                .optional();
    }

    /** False when the intervention has already applied to this call. */
    public boolean apply(long intervention, long callId, BigDecimal requested, LocalDate submitted) {
        return jdbc.sql("""
                insert into funding_application (intervention_id, call_id, requested_amount, submitted_on)
                values (:i, :c, :a, :d) on conflict do nothing""")
                        .param("i", intervention)
                        .param("c", callId)
                        .param("a", requested)
                        .param("d", submitted)
                        .update()
                > 0;
    }

    /** False when the intervention has not applied to this call. */
    public boolean recordOutcome(
            long intervention, long callId, boolean granted, BigDecimal grantedAmount, String note) {
        return jdbc.sql("""
                update funding_application set outcome = :o, granted_amount = :g, outcome_note = :n
                where intervention_id = :i and call_id = :c""")
                        .param("o", granted ? "GRANTED" : "REJECTED")
                        .param("g", grantedAmount)
                        .param("n", note)
                        .param("i", intervention)
                        .param("c", callId)
                        .update()
                > 0;
    }
}
