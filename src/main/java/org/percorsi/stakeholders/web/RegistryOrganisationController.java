package org.percorsi.stakeholders.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationApi.ScopeSummary;
import org.percorsi.organisation.OrganisationApi.ThemeSummary;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.Forms.Done;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.queries.RegistryQueries;
import org.percorsi.stakeholders.queries.RegistryQueries.Organisation;
import org.percorsi.stakeholders.usecases.AddRepresentative;
import org.percorsi.stakeholders.usecases.EditOrganisation;
import org.percorsi.stakeholders.usecases.MergeForm;
import org.percorsi.stakeholders.usecases.MergeOrganisations;
import org.percorsi.stakeholders.usecases.OrganisationForm;
import org.percorsi.stakeholders.usecases.RepresentativeForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One organisation of the registry: its details and private contact with the form to correct them, its
 * representatives with the form to add one, and the merge with a duplicate. A merged organisation's address
 * leads to the one kept.
 */
@Controller
class RegistryOrganisationController {

    private static final String PATH = RegistryListController.BASE + "/{organisationId}";

    private final EditOrganisation edit;
    private final MergeOrganisations merge;
    private final AddRepresentative addRepresentative;
    private final RegistryQueries queries;
    private final RegistryPageParts parts;
    private final OrganisationApi organisation;
    private final Clock clock;

    RegistryOrganisationController(
            EditOrganisation edit,
            MergeOrganisations merge,
            AddRepresentative addRepresentative,
            RegistryQueries queries,
            RegistryPageParts parts,
            OrganisationApi organisation,
            Clock clock) {
        this.edit = edit;
        this.merge = merge;
        this.addRepresentative = addRepresentative;
        this.queries = queries;
        this.parts = parts;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String show(@PathVariable long organisationId, Model model) {
        parts.requireOffice();
        return page(
                model, organisationId, null, FormErrors.none(), null, null, FormErrors.none(), null, FormErrors.none());
    }

    @PostMapping(PATH)
    String save(
            @PathVariable long organisationId,
            @ModelAttribute OrganisationForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> edit.handle(organisationId, form),
                response,
                redirect,
                "stakeholders.registry.saved",
                url(organisationId),
                refusal -> {
                    parts.requireOffice();
                    return page(
                            model,
                            organisationId,
                            form,
                            FormErrors.of(refusal),
                            RegistryPageParts.existing(refusal),
                            null,
                            FormErrors.none(),
                            null,
                            FormErrors.none());
                });
    }

    @PostMapping(PATH + "/merge")
    String merge(
            @PathVariable long organisationId,
            @ModelAttribute MergeForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Done("stakeholders.registry.merged.done", url(merge.handle(organisationId, form))),
                response,
                redirect,
                refusal -> {
                    parts.requireOffice();
                    return page(
                            model,
                            organisationId,
                            null,
                            FormErrors.none(),
                            null,
                            null,
                            FormErrors.none(),
                            form,
                            FormErrors.of(refusal));
                });
    }

    @PostMapping(PATH + "/representatives")
    String addRepresentative(
            @PathVariable long organisationId,
            @ModelAttribute RepresentativeForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> addRepresentative.handle(organisationId, form),
                response,
                redirect,
                "stakeholders.registry.representative.added",
                url(organisationId),
                refusal -> {
                    parts.requireOffice();
                    return page(
                            model,
                            organisationId,
                            null,
                            FormErrors.none(),
                            null,
                            form,
                            FormErrors.of(refusal),
                            null,
                            FormErrors.none());
                });
    }

    static String url(long organisationId) {
        return RegistryListController.BASE + "/" + organisationId;
    }

    private String page(
            Model model,
            long organisationId,
            OrganisationForm form,
            FormErrors errors,
            AlreadyThere existing,
            RepresentativeForm representativeForm,
            FormErrors representativeErrors,
            MergeForm mergeForm,
            FormErrors mergeErrors) {
        Organisation shown = queries.organisation(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        if (shown.mergedInto() != null) {
            return "redirect:" + url(queries.live(organisationId));
        }
        model.addAttribute("organisation", shown);
        model.addAttribute(
                "themes",
                organisation.themesById(shown.themeIds()).values().stream()
                        .map(ThemeSummary::name)
                        .toList());
        model.addAttribute(
                "scopes",
                organisation.scopesById(shown.scopeIds()).values().stream()
                        .map(ScopeSummary::name)
                        .toList());
        model.addAttribute("representatives", queries.representatives(organisationId));
        model.addAttribute("candidates", queries.possibleDuplicates(organisationId));
        model.addAttribute("form", form != null ? form : formOf(shown));
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute(
                "representativeForm",
                representativeForm != null ? representativeForm : RepresentativeForm.startingOn(LocalDate.now(clock)));
        model.addAttribute("representativeErrors", representativeErrors);
        model.addAttribute("mergeForm", mergeForm != null ? mergeForm : MergeForm.empty());
        model.addAttribute("mergeErrors", mergeErrors);
        parts.addChoices(model);
        return "stakeholders/admin/organisation";
    }

    private static OrganisationForm formOf(Organisation o) {
        return new OrganisationForm(
                o.name(),
                o.kind(),
                o.fiscalCode(),
                o.runtsNumber(),
                o.ipaCode(),
                o.description(),
                o.website(),
                o.contactName(),
                o.contactEmail(),
                o.contactPhone(),
                o.themeIds(),
                o.scopeIds());
    }
}
