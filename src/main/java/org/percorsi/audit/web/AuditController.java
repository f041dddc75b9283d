package org.percorsi.audit.web;

import java.time.LocalDate;
import org.percorsi.audit.queries.AuditQueries;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.web.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Back office: the audit log, filtered by who, what, outcome and dates, newest first. */
@Controller
class AuditController {

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            Model model) {
        Caller.requireAdmin();
        var filter = new AuditQueries.Filter(actor, action, outcome, from, to);
        model.addAttribute("result", queries.page(filter, PageResult.clampPage(page)));
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("outcome", outcome == null ? "" : outcome);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "audit/list";
    }
}
