package org.percorsi.stakeholders.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.Forms.Done;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.PageResult;
import org.percorsi.stakeholders.OrganisationKind;
import org.percorsi.stakeholders.queries.RegistryQueries;
import org.percorsi.stakeholders.queries.RegistryQueries.Filter;
import org.percorsi.stakeholders.usecases.OrganisationForm;
import org.percorsi.stakeholders.usecases.RegisterOrganisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry of organisations in the back office: the list with search and filters, and a new organisation. */
@Controller
class RegistryListController {

    static final String BASE = "/admin/organisations";

    private final RegisterOrganisation register;
    private final RegistryQueries queries;
    private final RegistryPageParts parts;
    private final OrganisationApi organisation;

    RegistryListController(
            RegisterOrganisation register,
            RegistryQueries queries,
            RegistryPageParts parts,
            OrganisationApi organisation) {
        this.register = register;
        this.queries = queries;
        this.parts = parts;
        this.organisation = organisation;
    }

    @GetMapping(BASE)
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long theme,
            @RequestParam(required = false) Long scope,
            @RequestParam(required = false) Integer page,
            Model model) {
        parts.requireOffice();
        OrganisationKind chosenKind = kindOf(kind);
        String search = q == null ? "" : q.strip();
        if (search.length() > 200) {
            search = search.substring(0, 200);
        }
        var filter = new Filter(search, chosenKind, theme, scope);
        PageResult<RegistryQueries.Row> result = queries.list(filter, PageResult.clampPage(page));
        model.addAttribute("result", result);
        model.addAttribute("filter", filter);
        model.addAttribute("kindOptions", RegistryPageParts.kindOptions());
        model.addAttribute(
                "themeOptions",
                organisation.themes().stream()
                        .map(t -> Option.of(t.id(), t.axisName() + " · " + t.name()))
                        .toList());
        model.addAttribute(
                "scopeOptions",
                organisation.scopeTree().stream()
                        .map(s -> Option.of(s.id(), "· ".repeat(s.depth()) + s.name()))
                        .toList());
        return "stakeholders/admin/list";
    }

    @GetMapping(BASE + "/new")
    String newForm(Model model) {
        parts.requireOffice();
        return newPage(model, OrganisationForm.empty(), FormErrors.none(), null);
    }

    @PostMapping(BASE)
    String create(
            @ModelAttribute OrganisationForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Done("stakeholders.registry.registered", BASE + "/" + register.handle(form)),
                response,
                redirect,
                refusal -> {
                    parts.requireOffice();
                    return newPage(model, form, FormErrors.of(refusal), RegistryPageParts.existing(refusal));
                });
    }

    private String newPage(Model model, OrganisationForm form, FormErrors errors, AlreadyThere existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        parts.addChoices(model);
        return "stakeholders/admin/new";
    }

    private static OrganisationKind kindOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return List.of(OrganisationKind.values()).stream()
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
    }
}
