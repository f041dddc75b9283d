package org.percorsi.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.usecases.IpaCodeForm;
import org.percorsi.organisation.usecases.UpdateIpaCode;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the organisation's IPA code, the publisher's identifier in the open data catalogue. */
@Controller
class AdminIpaCodeController {

    private static final String PATH = "/admin/organisation/ipa-code";

    private final OrganisationApi organisation;
    private final OrganisationPermissions permissions;
    private final UpdateIpaCode update;

    AdminIpaCodeController(OrganisationApi organisation, OrganisationPermissions permissions, UpdateIpaCode update) {
        this.organisation = organisation;
        this.permissions = permissions;
        this.update = update;
    }

    @GetMapping(PATH)
    String form(Model model) {
        permissions.requireCanManage();
        return page(model, new IpaCodeForm(organisation.ipaCode().orElse("")), FormErrors.none());
    }

    @PostMapping(PATH)
    String save(
            @Valid @ModelAttribute IpaCodeForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.submit(
                result, response, redirect, () -> update.handle(form), "opendata.ipaCode.saved", PATH, () -> {
                    permissions.requireCanManage(); // the form shown again is a page of the back office
                    return page(model, form, FormErrors.of(result));
                });
    }

    private String page(Model model, IpaCodeForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organisation/admin/ipaCode";
    }
}
