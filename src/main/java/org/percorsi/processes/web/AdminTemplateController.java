package org.percorsi.processes.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.IntStream;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.queries.AdminProcessQueries;
import org.percorsi.processes.usecases.CreateProcessFromTemplate;
import org.percorsi.processes.usecases.DeleteTemplate;
import org.percorsi.processes.usecases.FromTemplateForm;
import org.percorsi.processes.usecases.TemplateForm;
import org.percorsi.processes.usecases.UpdateTemplate;
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

/** Back office: process templates, and starting a new process from one. */
@Controller
class AdminTemplateController {

    private final AdminProcessQueries queries;
    private final ProcessPermissions permissions;
    private final UpdateTemplate update;
    private final DeleteTemplate delete;
    private final CreateProcessFromTemplate createFromTemplate;

    AdminTemplateController(
            AdminProcessQueries queries,
            ProcessPermissions permissions,
            UpdateTemplate update,
            DeleteTemplate delete,
            CreateProcessFromTemplate createFromTemplate) {
        this.queries = queries;
        this.permissions = permissions;
        this.update = update;
        this.delete = delete;
        this.createFromTemplate = createFromTemplate;
    }

    @GetMapping("/admin/templates")
    String list(Model model) {
        permissions.requireCanCreate();
        model.addAttribute("templates", queries.templates());
        return "processes/admin/templates";
    }

    @GetMapping("/admin/templates/{id}")
    String show(@PathVariable long id, Model model) {
        permissions.requireCanCreate();
        var template = queries.template(id).orElseThrow(() -> new NotFoundException("template " + id));
        var allPhases = IntStream.range(0, template.phases().size()).boxed().toList();
        return page(
                model,
                template,
                new TemplateForm(template.name(), template.description()),
                FormErrors.none(),
                new FromTemplateForm(id, "", "", "", null, allPhases),
                FormErrors.none());
    }

    @PostMapping("/admin/templates/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute TemplateForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        permissions.requireCanCreate();
        var template = queries.template(id).orElseThrow(() -> new NotFoundException("template " + id));
        if (Forms.attempt(result, response, () -> update.handle(id, form))) {
            Flash.success(redirect, "template.saved");
            return "redirect:/admin/templates/" + id;
        }
        var allPhases = IntStream.range(0, template.phases().size()).boxed().toList();
        return page(
                model,
                template,
                form,
                FormErrors.of(result),
                new FromTemplateForm(id, "", "", "", null, allPhases),
                FormErrors.none());
    }

    @PostMapping("/admin/templates/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        delete.handle(id);
        Flash.success(redirect, "template.deleted");
        return "redirect:/admin/templates";
    }

    @PostMapping("/admin/templates/{id}/start")
    String start(
            @PathVariable long id,
            @Valid @ModelAttribute("startForm") FromTemplateForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        permissions.requireCanCreate();
        var template = queries.template(id).orElseThrow(() -> new NotFoundException("template " + id));
        var withTemplate = new FromTemplateForm(
                id,
                form.title(),
                form.slug(),
                form.shortDescription(),
                form.startDate(),
                form.phases() == null ? List.of() : form.phases());
        return Forms.attempt(result, response, () -> createFromTemplate.handle(withTemplate))
                .map(processId -> {
                    Flash.success(redirect, "process.createdFromTemplate");
                    return "redirect:/admin/processes/" + processId;
                })
                .orElseGet(() -> page(
                        model,
                        template,
                        new TemplateForm(template.name(), template.description()),
                        FormErrors.none(),
                        withTemplate,
                        FormErrors.of(result)));
    }

    private String page(
            Model model,
            AdminProcessQueries.TemplateRow template,
            TemplateForm form,
            FormErrors errors,
            FromTemplateForm startForm,
            FormErrors startErrors) {
        model.addAttribute("template", template);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("startForm", startForm);
        model.addAttribute("startErrors", startErrors);
        return "processes/admin/template";
    }
}
