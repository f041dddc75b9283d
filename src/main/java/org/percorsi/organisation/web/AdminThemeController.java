package org.percorsi.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.usecases.AxisForm;
import org.percorsi.organisation.usecases.DeleteAxis;
import org.percorsi.organisation.usecases.DeleteTheme;
import org.percorsi.organisation.usecases.SaveAxis;
import org.percorsi.organisation.usecases.SaveTheme;
import org.percorsi.organisation.usecases.ThemeForm;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back office: axes of intervention and their themes on one page, with a form
 * for a new axis and one for a new theme; each axis and theme has its edit page.
 */
@Controller
class AdminThemeController {

    private final OrganisationApi organisation;
    private final OrganisationPermissions permissions;
    private final SaveAxis saveAxis;
    private final DeleteAxis deleteAxis;
    private final SaveTheme saveTheme;
    private final DeleteTheme deleteTheme;

    AdminThemeController(
            OrganisationApi organisation,
            OrganisationPermissions permissions,
            SaveAxis saveAxis,
            DeleteAxis deleteAxis,
            SaveTheme saveTheme,
            DeleteTheme deleteTheme) {
        this.organisation = organisation;
        this.permissions = permissions;
        this.saveAxis = saveAxis;
        this.deleteAxis = deleteAxis;
        this.saveTheme = saveTheme;
        this.deleteTheme = deleteTheme;
    }

    @GetMapping("/admin/themes")
    String list(Model model) {
        permissions.requireCanManage();
        return page(
                model, new AxisForm("", ""), FormErrors.none(), new ThemeForm(null, "", ""), FormErrors.none(), null);
    }

    @PostMapping("/admin/themes/axes")
    String createAxis(
            @Valid @ModelAttribute("axisForm") AxisForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> saveAxis.handle(null, form)).isPresent()) {
            Flash.success(redirect, "organisation.axis.saved");
            return "redirect:/admin/themes";
        }
        permissions.requireCanManage(); // the form shown again is a page of the back office
        return page(model, form, FormErrors.of(result), new ThemeForm(null, "", ""), FormErrors.none(), null);
    }

    @PostMapping("/admin/themes")
    String createTheme(
            @Valid @ModelAttribute("themeForm") ThemeForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> saveTheme.handle(null, form)).isPresent()) {
            Flash.success(redirect, "organisation.theme.saved");
            return "redirect:/admin/themes";
        }
        permissions.requireCanManage(); // the form shown again is a page of the back office
        return page(model, new AxisForm("", ""), FormErrors.none(), form, FormErrors.of(result), null);
    }

    @GetMapping("/admin/themes/axes/{id}")
    String editAxis(@PathVariable long id, Model model) {
        permissions.requireCanManage();
        var axis = axis(id);
        return axisPage(
                model,
                id,
                new AxisForm(axis.name(), axis.description() == null ? "" : axis.description()),
                FormErrors.none());
    }

    @PostMapping("/admin/themes/axes/{id}")
    String updateAxis(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AxisForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> saveAxis.handle(id, form)).isPresent()) {
            Flash.success(redirect, "organisation.axis.saved");
            return "redirect:/admin/themes";
        }
        permissions.requireCanManage(); // the form shown again is a page of the back office
        axis(id);
        return axisPage(model, id, form, FormErrors.of(result));
    }

    @PostMapping("/admin/themes/axes/{id}/delete")
    String deleteAxis(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return delete(() -> deleteAxis.handle(id), "organisation.axis.deleted", response, model, redirect);
    }

    @GetMapping("/admin/themes/{id}")
    String editTheme(@PathVariable long id, Model model) {
        permissions.requireCanManage();
        var theme = theme(id);
        return themePage(
                model,
                id,
                new ThemeForm(theme.axisId(), theme.name(), theme.description() == null ? "" : theme.description()),
                FormErrors.none());
    }

    @PostMapping("/admin/themes/{id}")
    String updateTheme(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ThemeForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> saveTheme.handle(id, form)).isPresent()) {
            Flash.success(redirect, "organisation.theme.saved");
            return "redirect:/admin/themes";
        }
        permissions.requireCanManage(); // the form shown again is a page of the back office
        theme(id);
        return themePage(model, id, form, FormErrors.of(result));
    }

    @PostMapping("/admin/themes/{id}/delete")
    String deleteTheme(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return delete(() -> deleteTheme.handle(id), "organisation.theme.deleted", response, model, redirect);
    }

    /** A delete either succeeds (back to the list) or is refused with its reason shown on the list. */
    private String delete(
            Runnable deletion, String doneKey, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.act(
                deletion,
                response,
                redirect,
                doneKey,
                "/admin/themes",
                refusal -> page(
                        model,
                        new AxisForm("", ""),
                        FormErrors.none(),
                        new ThemeForm(null, "", ""),
                        FormErrors.none(),
                        refusal.messageKey()));
    }

    private OrganisationApi.AxisSummary axis(long id) {
        return organisation.themeTree().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("axis " + id));
    }

    private OrganisationApi.ThemeSummary theme(long id) {
        return organisation.themes().stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("theme " + id));
    }

    private String page(
            Model model,
            AxisForm axisForm,
            FormErrors axisErrors,
            ThemeForm themeForm,
            FormErrors themeErrors,
            String refusal) {
        model.addAttribute("tree", organisation.themeTree());
        model.addAttribute("axisForm", axisForm);
        model.addAttribute("axisErrors", axisErrors);
        model.addAttribute("themeForm", themeForm);
        model.addAttribute("themeErrors", themeErrors);
        model.addAttribute("refusal", refusal);
        return "organisation/admin/themes";
    }

    private String axisPage(Model model, long id, AxisForm form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organisation/admin/axis";
    }

    private String themePage(Model model, long id, ThemeForm form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("axes", organisation.themeTree());
        return "organisation/admin/theme";
    }
}
