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
        return withParts(jdbc.sql(SELECT + " order by start_deadline desc nulls last, name")
                .query(CallQueries::head)
                .list());
    }

    public Optional<CallRules> byId(long callId) {
        return withParts(jdbc.sql(SELECT + " where id = :id")
                        .param("id", callId)
                        .query(CallQueries::head)
                        .list())
                .stream()
                .findFirst();
    }

    public Optional<CallRules> byCode(String code) {
        return withParts(jdbc.sql(SELECT + " where code = :c")
                        .param("c", code)
                        .query(CallQueries::head)
                        .list())
                .stream()
                .findFirst();
    }

    /** The calls with these ids, by id. */
    public Map<Long, CallRules> byIds(List<Long> ids) {
        Map<Long, CallRules> calls = new HashMap<>();
        withParts(jdbc.sql(SELECT + " where id = any(cast(:ids as bigint[]))")
                        .param("ids", ids.toArray(Long[]::new))
                        .query(CallQueries::head)
                        .list())
                .forEach(c -> calls.put(c.id(), c));
        return calls;
    }

    private List<CallRules> withParts(List<CallRules> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        Long[] ids = heads.stream().map(CallRules::id).toArray(Long[]::new);
        Map<Long, List<CallRules.Line>> lines = new HashMap<>();
        jdbc.sql("""
                        select call_id, code, label_it, label_en, cap_eur from regional_call_line
                        where call_id = any(cast(:ids as bigint[])) order by call_id, position""")
                .param("ids", ids)
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
        jdbc.sql("""
                        select call_id, code, label_it, label_en from regional_call_criterion
                        where call_id = any(cast(:ids as bigint[])) order by call_id, position""")
                .param("ids", ids)
                .query((rs, n) -> {
                    criteria.computeIfAbsent(rs.getLong("call_id"), k -> new ArrayList<>())
                            .add(new CallRules.Criterion(
                                    rs.getString("code"), rs.getString("label_it"), rs.getString("label_en")));
                    return 1;
                })
                .list();
        return heads.stream()
                .map(c -> new CallRules(
                        c.id(),
                        c.code(),
                        c.name(),
                        c.region(),
                        c.law(),
                        c.startDeadline(),
                        c.maxDurationMonths(),
                        c.extensionMaxCount(),
                        c.extensionMaxDays(),
                        c.finalReportDays(),
                        c.enteActDays(),
                        c.minOwnSharePercent(),
                        c.requiresTableFromStart(),
                        c.requiresWebPage(),
                        c.requiresSuspensionAct(),
                        c.requiresValidation(),
                        c.requiresFunderMention(),
                        c.funderMention(),
                        c.funderLogoId(),
                        c.funderLogoAlt(),
                        c.reminderDays(),
                        List.copyOf(lines.getOrDefault(c.id(), List.of())),
                        List.copyOf(criteria.getOrDefault(c.id(), List.of()))))
                .toList();
    }

    private static CallRules head(ResultSet rs, int n) throws SQLException {
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
                List.of(),
                List.of());
    }
}
