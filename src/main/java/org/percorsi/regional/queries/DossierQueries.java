package org.percorsi.regional.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.percorsi.regional.CallRules;
import org.percorsi.regional.CostCategory;
import org.percorsi.regional.Dossier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whole dossiers with their call, extensions and costs, read in a fixed number of queries whatever their number.
 * Callers filter who may see what: the back office, or the public record (which drops person names).
 */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

    private static final String SELECT = """
            select d.*, p.title as process_title, p.slug as process_slug
            from regional_dossier d join process_summary p on p.id = d.process_id""";

    private final JdbcClient jdbc;
    private final CallQueries calls;

    DossierQueries(JdbcClient jdbc, CallQueries calls) {
        this.jdbc = jdbc;
        this.calls = calls;
    }

    public Optional<Dossier> ofProcess(long processId) {
        return assemble(jdbc.sql(SELECT + " where d.process_id = :p")
                        .param("p", processId)
                        .query(DossierQueries::head)
                        .list())
                .stream()
                .findFirst();
    }

    /** Every dossier (the administrators' list; the reminders). */
    public List<Dossier> all() {
        return assemble(
                jdbc.sql(SELECT + " order by d.id").query(DossierQueries::head).list());
    }

    /** The managers of each process (their account ids), for the reminders. */
    public Map<Long, List<Long>> managersOf(List<Long> processIds) {
        Map<Long, List<Long>> managers = new HashMap<>();
        jdbc.sql("""
                        select process_id, account_id from process_member
                        where role = 'MANAGER' and process_id = any(cast(:ids as bigint[]))
                        order by process_id, account_id""")
                .param("ids", processIds.toArray(Long[]::new))
                .query((rs, n) -> {
                    managers.computeIfAbsent(rs.getLong("process_id"), k -> new ArrayList<>())
                            .add(rs.getLong("account_id"));
                    return 1;
                })
                .list();
        return managers;
    }

    /** A reminder mailed to an account, for its personal data download. */
    public record ReminderSent(String process, String deadline, LocalDate dueOn, Instant sentAt) {}

    public List<ReminderSent> remindersTo(long accountId) {
        return jdbc.sql("""
                        select p.title, r.deadline, r.due_on, r.sent_at from regional_reminder r
                        join regional_dossier d on d.id = r.dossier_id join process_summary p on p.id = d.process_id
                        where r.account_id = :a order by r.sent_at, r.id""")
                .param("a", accountId)
                .query((rs, n) -> new ReminderSent(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The processes whose dossier the account opened (their titles). */
    public List<String> openedBy(long accountId) {
        return jdbc.sql("""
                        select p.title from regional_dossier d join process_summary p on p.id = d.process_id
                        where d.created_by = :a order by d.id""").param("a", accountId).query(String.class).list();
    }

    private record Head(Dossier dossier, long callId) {}

    private List<Dossier> assemble(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Long[] ids = heads.stream().map(h -> h.dossier().id()).toArray(Long[]::new);
        Map<Long, CallRules> byId =
                calls.byIds(heads.stream().map(Head::callId).distinct().toList());
        Map<Long, List<Dossier.Extension>> extensions = new HashMap<>();
        jdbc.sql("""
                        select dossier_id, number, days, reason, granted_on from regional_extension
                        where dossier_id = any(cast(:ids as bigint[])) order by dossier_id, number""")
                .param("ids", ids)
                .query((rs, n) -> {
                    extensions
                            .computeIfAbsent(rs.getLong("dossier_id"), k -> new ArrayList<>())
                            .add(new Dossier.Extension(
                                    rs.getInt("number"),
                                    rs.getInt("days"),
                                    rs.getString("reason"),
                                    rs.getObject("granted_on", LocalDate.class)));
                    return 1;
                })
                .list();
        Map<Long, List<Dossier.Cost>> costs = new HashMap<>();
        jdbc.sql("""
                        select id, dossier_id, category, description, amount, regional_part, own_part, other_part
                        from regional_cost where dossier_id = any(cast(:ids as bigint[]))
                        order by dossier_id, array_position(array['DESIGN', 'FACILITATION', 'COMMUNICATION',
                                 'TRAINING', 'OTHER'], category), id""")
                .param("ids", ids)
                .query((rs, n) -> {
                    costs.computeIfAbsent(rs.getLong("dossier_id"), k -> new ArrayList<>())
                            .add(new Dossier.Cost(
                                    rs.getLong("id"),
                                    CostCategory.valueOf(rs.getString("category")),
                                    rs.getString("description"),
                                    rs.getBigDecimal("amount"),
                                    rs.getBigDecimal("regional_part"),
                                    rs.getBigDecimal("own_part"),
                                    rs.getBigDecimal("other_part")));
                    return 1;
                })
                .list();
        return heads.stream()
                .map(h -> {
                    Dossier d = h.dossier();
                    return new Dossier(
                            d.id(),
                            d.processId(),
                            d.processTitle(),
                            d.processSlug(),
                            byId.get(h.callId()),
                            d.lineCode(),
                            d.ente(),
                            d.adhesionActNumber(),
                            d.adhesionActDate(),
                            d.responsibleName(),
                            d.guarantorName(),
                            d.suspensionActNumber(),
                            d.suspensionActDate(),
                            d.contributionRequested(),
                            d.contributionGranted(),
                            d.start(),
                            d.finalReportSentOn(),
                            d.enteActOn(),
                            List.copyOf(extensions.getOrDefault(d.id(), List.of())),
                            List.copyOf(costs.getOrDefault(d.id(), List.of())));
                })
                .toList();
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        LocalDate startDate = rs.getObject("start_date", LocalDate.class);
        var start = startDate == null
                ? null
                : new Dossier.FormalStart(
                        rs.getString("start_action"),
                        startDate,
                        rs.getObject("start_pec_date", LocalDate.class),
                        rs.getString("public_url"));
        var dossier = new Dossier(
                rs.getLong("id"),
                rs.getLong("process_id"),
                rs.getString("process_title"),
                rs.getString("process_slug"),
                null,
                rs.getString("line_code"),
                rs.getString("ente"),
                rs.getString("adhesion_act_number"),
                rs.getObject("adhesion_act_date", LocalDate.class),
                rs.getString("responsible_name"),
                rs.getString("guarantor_name"),
                rs.getString("suspension_act_number"),
                rs.getObject("suspension_act_date", LocalDate.class),
                rs.getBigDecimal("contribution_requested"),
                rs.getBigDecimal("contribution_granted"),
                start,
                rs.getObject("final_report_sent_on", LocalDate.class),
                rs.getObject("ente_act_on", LocalDate.class),
                List.of(),
                List.of());
        return new Head(dossier, rs.getLong("call_id"));
    }
}
