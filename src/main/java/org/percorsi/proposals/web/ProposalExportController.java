package org.percorsi.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.queries.ProposalExport;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Managers download a process's proposals with their answers, as CSV or JSON. */
@Controller
class ProposalExportController {

    private final ProposalExport export;
    private final ProposalPermissions permissions;

    ProposalExportController(ProposalExport export, ProposalPermissions permissions) {
        this.export = export;
        this.permissions = permissions;
    }

    @GetMapping("/admin/processes/{id}/proposals.csv")
    void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
        permissions.requireManager(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"proposals-" + id + ".csv\"");
        export.csv(id, response.getOutputStream());
    }

    @GetMapping("/admin/processes/{id}/proposals.json")
    void json(@PathVariable long id, HttpServletResponse response) throws IOException {
        permissions.requireManager(id);
        response.setContentType("application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"proposals-" + id + ".json\"");
        export.json(id, response.getOutputStream());
    }
}
