package org.percorsi.regional.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.regional.queries.DossierQueries;
import org.percorsi.shared.time.TimeConfiguration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every dossier for the administrators, the one with the nearest open deadline first (late ones on top). */
@Controller
class AdminDossierListController {

    private final ProcessPermissions permissions;
    private final DossierQueries dossiers;
    private final Clock clock;

    AdminDossierListController(ProcessPermissions permissions, DossierQueries dossiers, Clock clock) {
        this.permissions = permissions;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @GetMapping("/admin/regional/dossiers")
    String list(Model model) {
        if (!permissions.isAdmin()) {
            throw new AccessDeniedException("Administrators only");
        }
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ROME));
        model.addAttribute(
                "rows",
                dossiers.all().stream()
                        .map(d -> new DossierRow(d, d.nextDeadline(today).orElse(null)))
                        .sorted(Comparator.comparing((DossierRow r) -> r.next() == null
                                        ? LocalDate.MAX
                                        : r.next().due())
                                .thenComparing(r -> r.dossier().processTitle()))
                        .toList());
        model.addAttribute("today", today);
        return "regional/admin/dossiers";
    }
}
