package org.percorsi.regional.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of a process's dossier: its details, formal start, extensions and costs. */
@Repository
public class DossierStore {

    private final JdbcClient jdbc;

    DossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The details a manager types (the call chosen at creation apart). */
    public record Details(
            String lineCode,
            String ente,
            String adhesionActNumber,
            LocalDate adhesionActDate,
            String responsibleName,
            String guarantorName,
            String suspensionActNumber,
            LocalDate suspensionActDate,
            BigDecimal contributionRequested,
            BigDecimal contributionGranted,
            LocalDate finalReportSentOn,
            LocalDate enteActOn) {}

    /** Serialises the creation of a process's dossier (the unique process id refuses a second one anyway). */
    public void lockProcess(long processId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('regional_dossier'), cast(mod(:p, 2147483647) as integer))")
                .param("p", processId)
                .query((rs, n) -> 1)
                .list();
    }

    /** The dossier of the process, its row locked until the transaction ends: its id. */
    public Optional<Long> lockByProcess(long processId) {
        return jdbc.sql("select id from regional_dossier where process_id = :p for update")
                .param("p", processId)
                .query(Long.class)
                .optional();
    }

    public long insert(long processId, long callId, Details d, Long createdBy) {
        return jdbc.sql("""
                        insert into regional_dossier (process_id, call_id, line_code, ente, adhesion_act_number,
                            adhesion_act_date, responsible_name, guarantor_name, suspension_act_number,
                            suspension_act_date, contribution_requested, contribution_granted, final_report_sent_on,
                            ente_act_on, created_by)
                        values (:p, :c, :line, :ente, :actNo, :actDate, :resp, :guar, :suspNo, :suspDate, :req, :granted,
                                :report, :act, :by)
                        returning id""")
                .param("p", processId)
                .param("c", callId)
                .params(params(d))
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    public void update(long dossierId, Details d) {
        jdbc.sql("""
                        update regional_dossier set line_code = :line, ente = :ente, adhesion_act_number = :actNo,
                            adhesion_act_date = :actDate, responsible_name = :resp, guarantor_name = :guar,
                            suspension_act_number = :suspNo, suspension_act_date = :suspDate,
                            contribution_requested = :req, contribution_granted = :granted,
                            final_report_sent_on = :report, ente_act_on = :act, updated_at = now()
                        where id = :id""").param("id", dossierId).params(params(d)).update();
    }

    /** The details as the insert and the update name them. */
    private static Map<String, Object> params(Details d) {
        var params = new HashMap<String, Object>();
        params.put("line", d.lineCode());
        params.put("ente", d.ente());
        params.put("actNo", d.adhesionActNumber());
        params.put("actDate", d.adhesionActDate());
        params.put("resp", d.responsibleName());
        params.put("guar", d.guarantorName());
        params.put("suspNo", d.suspensionActNumber());
        params.put("suspDate", d.suspensionActDate());
        params.put("req", d.contributionRequested());
        params.put("granted", d.contributionGranted());
        params.put("report", d.finalReportSentOn());
        params.put("act", d.enteActOn());
        return params;
    }

    public void recordStart(long dossierId, String action, LocalDate date, LocalDate pecDate, String publicUrl) {
        jdbc.sql("""
                        update regional_dossier set start_action = :a, start_date = :d, start_pec_date = :pec,
                            public_url = :url, updated_at = now()
                        where id = :id""")
                .param("id", dossierId)
                .param("a", action)
                .param("d", date)
                .param("pec", pecDate)
                .param("url", publicUrl)
                .update();
    }

    public int nextExtensionNumber(long dossierId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from regional_extension where dossier_id = :d")
                .param("d", dossierId)
                .query(Integer.class)
                .single();
    }

    public void addExtension(long dossierId, int number, int days, String reason, LocalDate grantedOn) {
        jdbc.sql("""
                        insert into regional_extension (dossier_id, number, days, reason, granted_on)
                        values (:d, :n, :days, :r, :on)""")
                .param("d", dossierId)
                .param("n", number)
                .param("days", days)
                .param("r", reason)
                .param("on", grantedOn)
                .update();
    }

    public void addCost(
            long dossierId,
            String category,
            String description,
            BigDecimal amount,
            BigDecimal regional,
            BigDecimal own,
            BigDecimal other) {
        jdbc.sql("""
                        insert into regional_cost (dossier_id, category, description, amount, regional_part, own_part,
                                                   other_part)
                        values (:d, :c, :desc, :amount, :regional, :own, :other)""")
                .param("d", dossierId)
                .param("c", category)
                .param("desc", description)
                .param("amount", amount)
                .param("regional", regional)
                .param("own", own)
                .param("other", other)
                .update();
    }

    /** Removes a cost of this dossier; false when it has no such cost. */
    public boolean removeCost(long dossierId, long costId) {
        return jdbc.sql("delete from regional_cost where id = :id and dossier_id = :d")
                        .param("id", costId)
                        .param("d", dossierId)
                        .update()
                > 0;
    }

    /** Whether the process has a guarantee committee; null: not said. */
    public void recordCommittee(long dossierId, Boolean committee) {
        jdbc.sql("update regional_dossier set guarantee_committee = :c, updated_at = now() where id = :d")
                .param("c", committee)
                .param("d", dossierId)
                .update();
    }
}
