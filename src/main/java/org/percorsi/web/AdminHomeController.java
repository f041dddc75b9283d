package org.percorsi.web;

import org.percorsi.processes.ProcessPermissions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page: what the signed-in administrator or process manager may manage. */
@Controller
class AdminHomeController {

    private final ProcessPermissions permissions;

    AdminHomeController(ProcessPermissions permissions) {
        this.permissions = permissions;
    }

    @GetMapping("/admin")
    String admin(org.springframework.ui.Model model) {
        if (!permissions.managesAny()) {
            throw new org.springframework.security.access.AccessDeniedException("Nothing to manage");
        }
        model.addAttribute("areas", permissions.isAdmin()
                ? java.util.List.of("processes", "programming", "templates", "themes", "scopes", "organisation", "accounts", "outbox", "audit")
                : java.util.List.of("processes"));
        return "web/admin";
    }
}
