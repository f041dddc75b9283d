package org.percorsi.web;

import java.util.Map;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: processes under way and coming up, and the next dates. */
@Controller
class HomeController {

    private final ProcessesApi processes;
    private final OrganisationApi organisation;

    HomeController(ProcessesApi processes, OrganisationApi organisation) {
        this.processes = processes;
        this.organisation = organisation;
    }

    @GetMapping("/")
    String home(org.springframework.ui.Model model) {
        model.addAllAttributes(Map.of(
                "active", processes.active(6),
                "upcoming", processes.upcoming(6),
                "dates", processes.nextDates(8),
                "organisation", organisation.info()));
        return "web/home";
    }
}
