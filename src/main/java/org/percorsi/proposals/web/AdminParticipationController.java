package org.percorsi.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.usecases.ConfigurePhaseParticipation;
import org.percorsi.proposals.usecases.ParticipationForm;
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

/** Back office: the proposal settings of a phase. */
@Controller
class AdminParticipationController {

    private final ProcessesApi processes;
    private final ProposalPermissions permissions;
    private final ConfigurePhaseParticipation configure;

    AdminParticipationController(
            ProcessesApi processes, ProposalPermissions permissions, ConfigurePhaseParticipation configure) {
        this.processes = processes;
        this.permissions = permissions;
        this.configure = configure;
    }

    @GetMapping("/admin/processes/{processId}/phases/{phaseId}/participation")
    String form(@PathVariable long processId, @PathVariable long phaseId, Model model) {
        permissions.requireManager(processId);
        return page(model, processId, phaseId, configure.current(processId, phaseId), FormErrors.none());
    }

    @PostMapping("/admin/processes/{processId}/phases/{phaseId}/participation")
    String save(
            @PathVariable long processId,
            @PathVariable long phaseId,
            @Valid @ModelAttribute("form") ParticipationForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        permissions.requireManager(processId);
        if (Forms.attempt(result, response, () -> configure.handle(processId, phaseId, form))) {
            Flash.success(redirect, "phaseParticipation.saved");
            return "redirect:/admin/processes/" + processId + "/phases/" + phaseId + "/participation";
        }
        return page(model, processId, phaseId, form, FormErrors.of(result));
    }

    private String page(Model model, long processId, long phaseId, ParticipationForm form, FormErrors errors) {
        var phase = processes.phases(processId).stream()
                .filter(p -> p.id() == phaseId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("phase " + phaseId));
        model.addAttribute("processId", processId);
        model.addAttribute("phaseId", phaseId);
        model.addAttribute("phaseTitle", phase.title());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "proposals/admin/participation";
    }
}
