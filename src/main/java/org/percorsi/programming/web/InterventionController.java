package org.percorsi.programming.web;

import org.percorsi.organisation.OrganisationApi;
import org.percorsi.programming.queries.InterventionQueries;
import org.percorsi.programming.queries.InterventionTexts;
import org.percorsi.shared.language.ContentTranslations;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public intervention sheets, as a page and as a PDF document. */
@Controller
class InterventionController {

    private final InterventionQueries queries;
    private final OrganisationApi organisation;
    private final ContentTranslations translations;

    InterventionController(
            InterventionQueries queries,
            OrganisationApi organisation,
            ObjectProvider<ContentTranslations> translations) {
        this.queries = queries;
        this.organisation = organisation;
        this.translations = translations.getIfAvailable(() -> ContentTranslations.ORIGINALS);
    }

    @GetMapping("/interventions")
    String list(Model model) {
        model.addAttribute("interventions", queries.list());
        return "programming/interventions";
    }

    @GetMapping("/interventions/{id}")
    String sheet(@PathVariable long id, Model model) {
        var sheet = queries.sheet(id).orElseThrow(() -> new NotFoundException("intervention " + id));
        model.addAttribute("sheet", sheet);
        model.addAttribute("interventionId", id);
        model.addAttribute("texts", translations.showAll(InterventionTexts.sources(id, sheet)));
        return "programming/intervention";
    }

    @GetMapping("/interventions/{id}/sheet.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        var sheet = queries.sheet(id).orElseThrow(() -> new NotFoundException("intervention " + id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("scheda-intervento-" + id + ".pdf")
                                .build()
                                .toString())
                .body(InterventionPdf.render(sheet, organisation.info().name()));
    }
}
