package org.percorsi.processes.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.queries.AdminProcessQueries;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.DeletePhase;
import org.percorsi.processes.usecases.MovePhase;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.UpdatePhase;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.View;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: adding, editing, reordering and removing the phases of a process. */
@Controller
class AdminPhaseController {

    private final AdminProcessQueries queries;
    private final ProcessPermissions permissions;
    private final AddPhase add;
    private final UpdatePhase update;
    private final DeletePhase delete;
    private final MovePhase move;

    AdminPhaseController(
            AdminProcessQueries queries,
            ProcessPermissions permissions,
            AddPhase add,
            UpdatePhase update,
            DeletePhase delete,
            MovePhase move) {
        this.queries = queries;
        this.permissions = permissions;
        this.add = add;
        this.update = update;
        this.delete = delete;
        this.move = move;
    }

    @GetMapping("/admin/processes/{processId}/phases/new")
    String newForm(@PathVariable long processId, Model model) {
        permissions.requireCanManage(processId);
        return form(model, processId, null, PhaseForm.empty(), FormErrors.none());
    }

    @PostMapping("/admin/processes/{processId}/phases")
    String add(
            @PathVariable long processId,
            @Valid @ModelAttribute PhaseForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> add.handle(processId, form)).isPresent()) {
            Flash.success(redirect, "phase.added");
            return "redirect:/admin/processes/" + processId + "#phases-heading";
        }
        permissions.requireCanManage(processId); // the form shown again is a page of the back office
        return form(model, processId, null, form, FormErrors.of(result));
    }

    @GetMapping("/admin/processes/{processId}/phases/{phaseId}")
    String edit(@PathVariable long processId, @PathVariable long phaseId, Model model) {
        permissions.requireCanManage(processId);
        var form = queries.phaseForm(processId, phaseId).orElseThrow(() -> new NotFoundException("phase " + phaseId));
        return form(model, processId, phaseId, form, FormErrors.none());
    }

    @PostMapping("/admin/processes/{processId}/phases/{phaseId}")
    String update(
            @PathVariable long processId,
            @PathVariable long phaseId,
            @Valid @ModelAttribute PhaseForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> update.handle(processId, phaseId, form))) {
            Flash.success(redirect, "phase.saved");
            return "redirect:/admin/processes/" + processId + "#phases-heading";
        }
        permissions.requireCanManage(processId); // the form shown again is a page of the back office
        return form(model, processId, phaseId, form, FormErrors.of(result));
    }

    @PostMapping("/admin/processes/{processId}/phases/{phaseId}/delete")
    String delete(@PathVariable long processId, @PathVariable long phaseId, RedirectAttributes redirect) {
        delete.handle(processId, phaseId);
        Flash.success(redirect, "phase.deleted");
        return "redirect:/admin/processes/" + processId + "#phases-heading";
    }

    @PostMapping("/admin/processes/{processId}/phases/{phaseId}/move")
    String move(
            @PathVariable long processId,
            @PathVariable long phaseId,
            @RequestParam(required = false) MovePhase.Direction direction) {
        permissions.requireCanManage(processId); // before looking at the request's content
        if (direction == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        move.handle(processId, phaseId, direction);
        return "redirect:/admin/processes/" + processId + "#phases-heading";
    }

    private String form(Model model, long processId, Long phaseId, PhaseForm form, FormErrors errors) {
        var process = queries.editing(processId).orElseThrow(() -> new NotFoundException("process " + processId));
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", process.title());
        model.addAttribute("phaseId", phaseId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "typeOptions",
                Arrays.stream(PhaseType.values())
                        .map(type -> Option.of(type.name(), View.t("phase.type." + type.name())))
                        .toList());
        return "processes/admin/phase";
    }
}
