package org.percorsi.web;

import org.percorsi.organisation.OrganisationApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy notice and the accessibility declaration (AgID model), filled in with the organisation's details. */
@Controller
class LegalPagesController {

    private final OrganisationApi organisation;
    private final String termsVersion;

    LegalPagesController(OrganisationApi organisation, @Value("${percorsi.terms.version}") String termsVersion) {
        this.organisation = organisation;
        this.termsVersion = termsVersion;
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute("organisation", organisation.info());
        model.addAttribute("termsVersion", termsVersion);
        return "web/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute("organisation", organisation.info());
        return "web/accessibility";
    }
}
