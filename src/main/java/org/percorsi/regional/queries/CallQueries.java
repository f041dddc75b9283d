package org.percorsi.regional.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.regional.CallRules;
import org.percorsi.regional.FunderMention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calls with their lines and criteria (three queries whatever the number of calls). */
@Service
@Transactional(readOnly = true)
public class CallQueries {

    private static final String SELECT = """
            select id, code, name, region, law, start_deadline, max_duration_months, extension_max_count,
                   extension_max_days, final_report_days, ente_act_days, min_own_share_percent,
                   requires_table_from_start, requires_web_page, requires_suspension_act, requires_validation,
                   requires_funder_mention, funder_mention, funder_logo_id, funder_logo_alt, reminder_days
            from regional_call""";

    private final JdbcClient jdbc;

    CallQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every call, the latest start deadline first, calls without one last. */
    public List<CallRules> all() {
        return calls("", " order by start_deadline desc nulls last, name", Map.of());
    }

    public Optional<CallRules> byId(long callId) {
        return calls(" where id = :id", "", Map.of("id", callId)).stream().findFirst();
    }

    public Optional<CallRules> byCode(String code) {
        return calls(" where code = :c", "", Map.of("c", code)).stream().findFirst();
    }

    /** The calls with these ids, by id. */
    public Map<Long, CallRules> byIds(List<Long> ids) {
        Map<Long, CallRules> calls = new HashMap<>();
        calls(" where id = any(cast(:ids as bigint[]))", "", Map.of("ids", ids.toArray(Long[]::new)))
                .forEach(c -> calls.put(c.id(), c));
        return calls;
    }

    /** The funder's mention the call of the process's dossier requires, if it has a dossier and the call one. */
    public Optional<FunderMention> funderMentionOf(long processId) {
        return jdbc.sql("""
                        select c.funder_mention, c.funder_logo_id, c.funder_logo_alt
                        from regional_dossier d join regional_call c on c.id = d.call_id
                        where d.process_id = :p and c.requires_funder_mention and c.funder_mention is not null""")
                .param("p", processId)
                .query((rs, n) -> new FunderMention(
                        rs.getString("funder_mention"),
                        rs.getObject("funder_logo_id", UUID.class),
                        rs.getString("funder_logo_alt")))
                .optional();
    }

    /** The calls {@code where} selects, each with its lines and criteria (read first, for the calls' rows to take). */
    private List<CallRules> calls(String where, String order, Map<String, ?> params) {
        String ofTheseCalls = " where call_id in (select id from regional_call" + where + ")";
        Map<Long, List<CallRules.Line>> lines = new HashMap<>();
        jdbc.sql("select call_id, code, label_it, label_en, cap_eur from regional_call_line" + ofTheseCalls
                        + " order by call_id, position")
                .params(params)
                .query((rs, n) -> {
                    lines.computeIfAbsent(rs.getLong("call_id"), k -> new ArrayList<>())
                            .add(new CallRules.Line(
                                    rs.getString("code"),
                                    rs.getString("label_it"),
                                    rs.getString("label_en"),
                                    rs.getBigDecimal("cap_eur")));
                    return 1;
                })
                .list();
        Map<Long, List<CallRules.Criterion>> criteria = new HashMap<>();
        jdbc.sql("select call_id, code, label_it, label_en from regional_call_criterion" + ofTheseCalls
                        + " order by call_id, position")
                .params(params)
                .query((rs, n) -> {
                    criteria.computeIfAbsent(rs.getLong("call_id"), k -> new ArrayList<>())
                            .add(new CallRules.Criterion(
                                    rs.getString("code"), rs.getString("label_it"), rs.getString("label_en")));
                    return 1;
                })
                .list();
        return jdbc.sql(SELECT + where + order)
                .params(params)
                .query((rs, n) -> call(
                        rs,
                        List.copyOf(lines.getOrDefault(rs.getLong("id"), List.of())),
                        List.copyOf(criteria.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    private static CallRules call(ResultSet rs, List<CallRules.Line> lines, List<CallRules.Criterion> criteria)
            throws SQLException {
        return new CallRules(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("region"),
                rs.getString("law"),
                rs.getObject("start_deadline", LocalDate.class),
                rs.getInt("max_duration_months"),
                rs.getInt("extension_max_count"),
                rs.getInt("extension_max_days"),
                rs.getInt("final_report_days"),
                rs.getInt("ente_act_days"),
                rs.getBigDecimal("min_own_share_percent"),
                rs.getBoolean("requires_table_from_start"),
                rs.getBoolean("requires_web_page"),
                rs.getBoolean("requires_suspension_act"),
                rs.getBoolean("requires_validation"),
                rs.getBoolean("requires_funder_mention"),
                rs.getString("funder_mention"),
                rs.getObject("funder_logo_id", UUID.class),
                rs.getString("funder_logo_alt"),
                rs.getInt("reminder_days"),
                lines,
                criteria);
    }
}
