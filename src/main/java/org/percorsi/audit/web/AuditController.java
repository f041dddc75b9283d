package org.percorsi.audit.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.shared.web.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Back office: the audit log, filtered by who, what, outcome and dates, newest
 * first. (Public only so that its template can name the {@link Event} record.)
 */
@Controller
public class AuditController {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Event(Instant occurredAt, String actor, String action, String target, String outcome,
            String address) {
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, Model model) {
        Caller.requireAdmin();
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor ilike :actor");
            params.put("actor", "%" + like(actor) + "%");
        }
        if (action != null && !action.isBlank()) {
            where.append(" and action ilike :action");
            params.put("action", "%" + like(action) + "%");
        }
        if (outcome != null && !outcome.isBlank()) {
            where.append(" and outcome = :outcome");
            params.put("outcome", outcome);
        }
        if (from != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", Timestamp.from(from.atStartOfDay(TimeConfiguration.ROME).toInstant()));
        }
        if (to != null) {
            where.append(" and occurred_at < :to");
            params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(TimeConfiguration.ROME).toInstant()));
        }
        int p = PageResult.clampPage(page);
        long total = jdbc.sql("select count(*) from audit_event where " + where).params(params).query(Long.class).single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(p, PAGE_SIZE));
        var events = jdbc.sql("select * from audit_event where " + where + " order by id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Event(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("target"), rs.getString("outcome"), rs.getString("address")))
                .list();
        model.addAttribute("result", new PageResult<>(events, p, PAGE_SIZE, total));
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("outcome", outcome == null ? "" : outcome);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/list";
    }

    private static String like(String s) {
        return s.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
