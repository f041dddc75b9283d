package org.percorsi.web;

import java.util.ArrayList;
import java.util.List;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.translations.TranslatorWork;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's start page: what the signed-in administrator or process manager may manage, and the
 * translation queue for those who translate (a platform translator manages nothing else).
 */
@Controller
class AdminHomeController {

    private final ProcessPermissions permissions;
    private final TranslatorWork translators;

    AdminHomeController(ProcessPermissions permissions, TranslatorWork translators) {
        this.permissions = permissions;
        this.translators = translators;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        boolean manages = permissions.managesAny();
        boolean translates = translators.signedInTranslates();
        if (!manages && !translates) {
            throw new AccessDeniedException("Nothing to manage");
        }
        List<String> areas = new ArrayList<>(manages ? managed() : List.of());
        if (translates) {
            areas.add("translations");
        }
        model.addAttribute("areas", areas);
        model.addAttribute("manages", manages);
        return "web/admin";
    }

    private List<String> managed() {
        return permissions.isAdmin()
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
                : List.of("processes");
    }
}
