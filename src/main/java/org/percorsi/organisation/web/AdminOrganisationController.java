package org.percorsi.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.usecases.LanguagesForm;
import org.percorsi.organisation.usecases.OfferLanguages;
import org.percorsi.organisation.usecases.OrganisationForm;
import org.percorsi.organisation.usecases.UpdateOrganisation;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the organisation's name, logo, contact office, default language and languages offered. */
@Controller
class AdminOrganisationController {

    private final OrganisationApi organisation;
    private final OrganisationPermissions permissions;
    private final UpdateOrganisation update;
    private final OfferLanguages offerLanguages;

    AdminOrganisationController(
            OrganisationApi organisation,
            OrganisationPermissions permissions,
            UpdateOrganisation update,
            OfferLanguages offerLanguages) {
        this.organisation = organisation;
        this.permissions = permissions;
        this.update = update;
        this.offerLanguages = offerLanguages;
    }

    @GetMapping("/admin/organisation")
    String form(Model model) {
        permissions.requireCanManage();
        return page(model, currentForm(), FormErrors.none(), currentLanguages(), FormErrors.none());
    }

    private OrganisationForm currentForm() {
        var info = organisation.info();
        return new OrganisationForm(
                info.name(),
                nz(info.contactOfficeName()),
                nz(info.contactEmail()),
                nz(info.contactPhone()),
                nz(info.contactAddress()),
                info.defaultLanguage(),
                null,
                false);
    }

    @PostMapping("/admin/organisation")
    String save(
            @Valid @ModelAttribute OrganisationForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                result,
                response,
                redirect,
                () -> update.handle(form),
                "organisation.saved",
                "/admin/organisation",
                () -> {
                    permissions.requireCanManage(); // the form shown again is a page of the back office
                    return page(model, form, FormErrors.of(result), currentLanguages(), FormErrors.none());
                });
    }

    /** The interface languages offered: a form of its own on the same page. */
    @PostMapping("/admin/organisation/languages")
    String offerLanguages(
            @ModelAttribute LanguagesForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                result,
                response,
                redirect,
                () -> offerLanguages.handle(form),
                "organisation.languages.saved",
                "/admin/organisation#languages-heading",
                () -> {
                    permissions.requireCanManage();
                    return page(model, currentForm(), FormErrors.none(), form, FormErrors.of(result));
                });
    }

    private LanguagesForm currentLanguages() {
        return new LanguagesForm(organisation.info().offeredLanguages().stream()
                .map(Language::tag)
                .toList());
    }

    private String page(
            Model model, OrganisationForm form, FormErrors errors, LanguagesForm languages, FormErrors languageErrors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", languages);
        model.addAttribute("languageErrors", languageErrors);
        model.addAttribute("offered", organisation.info().offeredLanguages());
        model.addAttribute("logoFileId", organisation.info().logoFileId());
        return "organisation/admin/organisation";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
