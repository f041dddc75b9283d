package org.percorsi.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.usecases.OrganisationForm;
import org.percorsi.organisation.usecases.UpdateOrganisation;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the organisation's name, logo, contact office and default language. */
@Controller
class AdminOrganisationController {

    private final OrganisationApi organisation;
    private final OrganisationPermissions permissions;
    private final UpdateOrganisation update;

    AdminOrganisationController(
            OrganisationApi organisation, OrganisationPermissions permissions, UpdateOrganisation update) {
        this.organisation = organisation;
        this.permissions = permissions;
        this.update = update;
    }

    @GetMapping("/admin/organisation")
    String form(Model model) {
        permissions.requireCanManage();
        var info = organisation.info();
        var form = new OrganisationForm(
                info.name(),
                nz(info.contactOfficeName()),
                nz(info.contactEmail()),
                nz(info.contactPhone()),
                nz(info.contactAddress()),
                info.defaultLanguage(),
                null,
                false);
        return page(model, form, FormErrors.none());
    }

    @PostMapping("/admin/organisation")
    String save(
            @Valid @ModelAttribute OrganisationForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> update.handle(form))) {
            Flash.success(redirect, "organisation.saved");
            return "redirect:/admin/organisation";
        }
        permissions.requireCanManage(); // the form shown again is a page of the back office
        return page(model, form, FormErrors.of(result));
    }

    private String page(Model model, OrganisationForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("logoFileId", organisation.info().logoFileId());
        return "organisation/admin/organisation";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
