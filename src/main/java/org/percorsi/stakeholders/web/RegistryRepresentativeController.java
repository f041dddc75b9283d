package org.percorsi.stakeholders.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.queries.RegistryQueries;
import org.percorsi.stakeholders.queries.RegistryQueries.Representative;
import org.percorsi.stakeholders.usecases.EditRepresentative;
import org.percorsi.stakeholders.usecases.EndForm;
import org.percorsi.stakeholders.usecases.EndRepresentation;
import org.percorsi.stakeholders.usecases.RepresentativeForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One representative of an organisation: the form to correct them, and the end of their representation. */
@Controller
class RegistryRepresentativeController {

    private static final String PATH =
            RegistryListController.BASE + "/{organisationId}/representatives/{representativeId}";

    private final EditRepresentative edit;
    private final EndRepresentation end;
    private final RegistryQueries queries;
    private final RegistryPageParts parts;
    private final Clock clock;

    RegistryRepresentativeController(
            EditRepresentative edit,
            EndRepresentation end,
            RegistryQueries queries,
            RegistryPageParts parts,
            Clock clock) {
        this.edit = edit;
        this.end = end;
        this.queries = queries;
        this.parts = parts;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String show(@PathVariable long organisationId, @PathVariable long representativeId, Model model) {
        parts.requireOffice();
        return page(model, organisationId, representativeId, null, FormErrors.none(), null, FormErrors.none());
    }

    @PostMapping(PATH)
    String save(
            @PathVariable long organisationId,
            @PathVariable long representativeId,
            @ModelAttribute RepresentativeForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> edit.handle(organisationId, representativeId, form),
                response,
                redirect,
                "stakeholders.registry.representative.saved",
                RegistryOrganisationController.url(organisationId),
                refusal -> {
                    parts.requireOffice();
                    return page(
                            model,
                            organisationId,
                            representativeId,
                            form,
                            FormErrors.of(refusal),
                            null,
                            FormErrors.none());
                });
    }

    @PostMapping(PATH + "/end")
    String end(
            @PathVariable long organisationId,
            @PathVariable long representativeId,
            @ModelAttribute EndForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> end.handle(organisationId, representativeId, form),
                response,
                redirect,
                "stakeholders.registry.representative.ended",
                RegistryOrganisationController.url(organisationId),
                refusal -> {
                    parts.requireOffice();
                    return page(
                            model,
                            organisationId,
                            representativeId,
                            null,
                            FormErrors.none(),
                            form,
                            FormErrors.of(refusal));
                });
    }

    private String page(
            Model model,
            long organisationId,
            long representativeId,
            RepresentativeForm form,
            FormErrors errors,
            EndForm endForm,
            FormErrors endErrors) {
        var organisation = queries.organisation(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        Representative shown = queries.representative(organisationId, representativeId)
                .orElseThrow(() -> new NotFoundException("representative " + representativeId));
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("organisationName", organisation.name());
        model.addAttribute("representative", shown);
        model.addAttribute(
                "form",
                form != null
                        ? form
                        : new RepresentativeForm(
                                shown.fullName(),
                                shown.email(),
                                shown.phone(),
                                shown.role(),
                                shown.validFrom(),
                                shown.validTo(),
                                shown.namePublic(),
                                null,
                                false));
        model.addAttribute("errors", errors);
        model.addAttribute("endForm", endForm != null ? endForm : new EndForm(LocalDate.now(clock)));
        model.addAttribute("endErrors", endErrors);
        return "stakeholders/admin/representative";
    }
}
