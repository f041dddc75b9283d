package org.percorsi.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.ScopeKind;
import org.percorsi.organisation.usecases.DeleteScope;
import org.percorsi.organisation.usecases.SaveScope;
import org.percorsi.organisation.usecases.ScopeForm;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the territory as a tree of scopes, a form for a new scope, and an edit page per scope. */
@Controller
class AdminScopeController {

    private final OrganisationApi organisation;
    private final OrganisationPermissions permissions;
    private final SaveScope save;
    private final DeleteScope delete;

    AdminScopeController(
            OrganisationApi organisation, OrganisationPermissions permissions, SaveScope save, DeleteScope delete) {
        this.organisation = organisation;
        this.permissions = permissions;
        this.save = save;
        this.delete = delete;
    }

    @GetMapping("/admin/scopes")
    String list(Model model) {
        permissions.requireCanManage();
        return page(model, null, new ScopeForm(null, "", ScopeKind.NEIGHBOURHOOD), FormErrors.none(), null);
    }

    @PostMapping("/admin/scopes")
    String create(
            @Valid @ModelAttribute("form") ScopeForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> save.handle(null, form)).isPresent()) {
            Flash.success(redirect, "organisation.scope.saved");
            return "redirect:/admin/scopes";
        }
        permissions.requireCanManage(); // the form shown again is a page of the back office
        return page(model, null, form, FormErrors.of(result), null);
    }

    @GetMapping("/admin/scopes/{id}")
    String edit(@PathVariable long id, Model model) {
        permissions.requireCanManage();
        var scope = scope(id);
        return page(
                model,
                id,
                new ScopeForm(scope.parentId(), scope.name(), ScopeKind.valueOf(scope.kind())),
                FormErrors.none(),
                null);
    }

    @PostMapping("/admin/scopes/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ScopeForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> save.handle(id, form)).isPresent()) {
            Flash.success(redirect, "organisation.scope.saved");
            return "redirect:/admin/scopes";
        }
        permissions.requireCanManage(); // the form shown again is a page of the back office
        scope(id);
        return page(model, id, form, FormErrors.of(result), null);
    }

    @PostMapping("/admin/scopes/{id}/delete")
    String delete(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.act(
                () -> delete.handle(id),
                response,
                redirect,
                "organisation.scope.deleted",
                "/admin/scopes",
                refusal -> page(
                        model,
                        null,
                        new ScopeForm(null, "", ScopeKind.NEIGHBOURHOOD),
                        FormErrors.none(),
                        refusal.messageKey()));
    }

    private OrganisationApi.ScopeSummary scope(long id) {
        return organisation.scopeTree().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("scope " + id));
    }

    private String page(Model model, Long id, ScopeForm form, FormErrors errors, String refusal) {
        var tree = organisation.scopeTree();
        model.addAttribute("id", id);
        model.addAttribute("tree", tree);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute(
                "kindOptions",
                Arrays.stream(ScopeKind.values())
                        .map(k -> Option.of(k.name(), View.t("scope.kind." + k.name())))
                        .toList());
        model.addAttribute(
                "parentOptions",
                tree.stream()
                        .filter(s -> id == null || s.id() != id)
                        .map(s -> Option.of(s.id(), "— ".repeat(s.depth()) + s.name()))
                        .toList());
        return id == null ? "organisation/admin/scopes" : "organisation/admin/scope";
    }
}
