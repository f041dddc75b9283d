package org.percorsi.web;

import java.util.List;
import org.percorsi.processes.ProcessPermissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page: what the signed-in administrator or process manager may manage. */
@Controller
class AdminHomeController {

    private final ProcessPermissions permissions;

    AdminHomeController(ProcessPermissions permissions) {
        this.permissions = permissions;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        if (!permissions.managesAny()) {
            throw new AccessDeniedException("Nothing to manage");
        }
        model.addAttribute(
                "areas",
                permissions.isAdmin()
                        ? List.of(
                                "processes",
                                "programming",
                                "templates",
                                "themes",
                                "scopes",
                                "organisation",
                                "accounts",
                                "outbox",
                                "audit")
                        : List.of("processes"));
        return "web/admin";
    }
}
