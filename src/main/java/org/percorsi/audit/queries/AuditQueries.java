package org.percorsi.audit.queries;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read model of the audit log page: events filtered by who, what, outcome and dates, newest first. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Event(
            Instant occurredAt, String actor, String action, String target, String outcome, String address) {}

    /** What the administrator filters by; blank or null parts do not filter. Dates are days in Rome, both included. */
    public record Filter(String actor, String action, String outcome, LocalDate from, LocalDate to) {}

    public PageResult<Event> page(Filter filter, int page) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and actor ilike :actor");
            params.put("actor", "%" + like(filter.actor()) + "%");
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and action ilike :action");
            params.put("action", "%" + like(filter.action()) + "%");
        }
        if (filter.outcome() != null && !filter.outcome().isBlank()) {
            where.append(" and outcome = :outcome");
            params.put("outcome", filter.outcome());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put(
                    "from",
                    Timestamp.from(
                            filter.from().atStartOfDay(TimeConfiguration.ROME).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(filter.to()
                            .plusDays(1)
                            .atStartOfDay(TimeConfiguration.ROME)
                            .toInstant()));
        }
        long total = jdbc.sql("select count(*) from audit_event where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(page, PAGE_SIZE));
        var events = jdbc.sql(
                        "select * from audit_event where " + where + " order by id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Event(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("outcome"),
                        rs.getString("address")))
                .list();
        return new PageResult<>(events, page, PAGE_SIZE, total);
    }

    private static String like(String s) {
        return s.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
