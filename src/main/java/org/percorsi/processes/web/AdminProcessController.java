package org.percorsi.processes.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessStatus;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.queries.AdminProcessQueries;
import org.percorsi.processes.usecases.ArchiveProcess;
import org.percorsi.processes.usecases.ConcludeProcess;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.processes.usecases.SaveProcessAsTemplate;
import org.percorsi.processes.usecases.TemplateForm;
import org.percorsi.processes.usecases.UpdateProcess;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the list of processes, creating and editing one, and moving it through its statuses. */
@Controller
class AdminProcessController {

    private final AdminProcessQueries queries;
    private final ProcessesApi processes;
    private final OrganisationApi organisation;
    private final ProcessPermissions permissions;
    private final CreateProcess create;
    private final UpdateProcess update;
    private final PublishProcess publish;
    private final ConcludeProcess conclude;
    private final ArchiveProcess archive;
    private final SaveProcessAsTemplate saveAsTemplate;

    AdminProcessController(
            AdminProcessQueries queries,
            ProcessesApi processes,
            OrganisationApi organisation,
            ProcessPermissions permissions,
            CreateProcess create,
            UpdateProcess update,
            PublishProcess publish,
            ConcludeProcess conclude,
            ArchiveProcess archive,
            SaveProcessAsTemplate saveAsTemplate) {
        this.queries = queries;
        this.processes = processes;
        this.organisation = organisation;
        this.permissions = permissions;
        this.create = create;
        this.update = update;
        this.publish = publish;
        this.conclude = conclude;
        this.archive = archive;
        this.saveAsTemplate = saveAsTemplate;
    }

    @GetMapping("/admin/processes")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ProcessStatus status,
            @RequestParam(required = false) Integer page,
            Model model) {
        if (!permissions.managesAny()) {
            throw new AccessDeniedException("Nothing to manage");
        }
        Long onlyManagedBy = permissions.isAdmin()
                ? null
                : permissions.viewer().orElseThrow(() -> new AccessDeniedException("Sign in"));
        model.addAttribute("result", queries.list(q, status, PageResult.clampPage(page), onlyManagedBy));
        model.addAttribute("canCreate", permissions.isAdmin());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", status == null ? "" : status.name());
        return "processes/admin/list";
    }

    @GetMapping("/admin/processes/new")
    String newForm(Model model) {
        permissions.requireCanCreate();
        return form(model, null, ProcessForm.empty(), FormErrors.none());
    }

    @PostMapping("/admin/processes")
    String create(
            @Valid @ModelAttribute ProcessForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.attempt(result, response, () -> create.handle(form))
                .map(id -> {
                    Flash.success(redirect, "process.created");
                    return "redirect:/admin/processes/" + id;
                })
                .orElseGet(() -> {
                    permissions.requireCanCreate(); // the form shown again is a page of the back office
                    return form(model, null, form, FormErrors.of(result));
                });
    }

    @GetMapping("/admin/processes/{id}")
    String edit(@PathVariable long id, Model model) {
        permissions.requireCanManage(id);
        var editing = queries.editing(id).orElseThrow(() -> new NotFoundException("process " + id));
        return form(model, editing, editing.form(), FormErrors.none());
    }

    @PostMapping("/admin/processes/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute ProcessForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> update.handle(id, form))) {
            Flash.success(redirect, "process.saved");
            return "redirect:/admin/processes/" + id;
        }
        permissions.requireCanManage(id); // the form shown again is a page of the back office
        var editing = queries.editing(id).orElseThrow(() -> new NotFoundException("process " + id));
        return form(model, editing, form, FormErrors.of(result));
    }

    @PostMapping("/admin/processes/{id}/publish")
    String publish(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return statusChange(id, () -> publish.handle(id), "process.published", model, response, redirect);
    }

    @PostMapping("/admin/processes/{id}/conclude")
    String conclude(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return statusChange(id, () -> conclude.handle(id), "process.concluded", model, response, redirect);
    }

    @PostMapping("/admin/processes/{id}/archive")
    String archive(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return statusChange(id, () -> archive.handle(id), "process.archived", model, response, redirect);
    }

    @PostMapping("/admin/processes/{id}/template")
    String saveAsTemplate(
            @PathVariable long id,
            @Valid @ModelAttribute("templateForm") TemplateForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.attempt(result, response, () -> saveAsTemplate.handle(id, form))
                .map(templateId -> {
                    Flash.success(redirect, "template.saved");
                    return "redirect:/admin/templates/" + templateId;
                })
                .orElseGet(() -> {
                    permissions.requireCanManage(id); // the form shown again is a page of the back office
                    permissions.requireCanCreate();
                    var editing = queries.editing(id).orElseThrow(() -> new NotFoundException("process " + id));
                    model.addAttribute("templateForm", form);
                    model.addAttribute("templateErrors", FormErrors.of(result));
                    return form(model, editing, editing.form(), FormErrors.none());
                });
    }

    private String statusChange(
            long id,
            Runnable change,
            String doneKey,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return Forms.act(change, response, redirect, doneKey, "/admin/processes/" + id, refusal -> {
            var editing = queries.editing(id).orElseThrow(() -> new NotFoundException("process " + id));
            if (refusal.field() != null) { // on the field to fill in, e.g. the summary before publishing
                return form(model, editing, editing.form(), FormErrors.of(refusal));
            }
            model.addAttribute("statusError", refusal.messageKey());
            return form(model, editing, editing.form(), FormErrors.none());
        });
    }

    private String form(Model model, AdminProcessQueries.Editing editing, ProcessForm form, FormErrors errors) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("themeTree", organisation.themeTree());
        model.addAttribute("scopeTree", organisation.scopeTree());
        model.addAttribute("visibilities", List.of(Visibility.values()));
        model.addAttribute("phases", editing == null ? List.of() : processes.phases(editing.id()));
        model.addAttribute("canCreate", permissions.isAdmin());
        if (!model.containsAttribute("templateForm")) {
            model.addAttribute("templateForm", new TemplateForm("", ""));
            model.addAttribute("templateErrors", FormErrors.none());
        }
        if (!model.containsAttribute("statusError")) {
            model.addAttribute("statusError", null);
        }
        return "processes/admin/form";
    }
}
