package org.percorsi.regional.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.regional.CriterionState;
import org.percorsi.regional.queries.ChecklistEvidence;
import org.percorsi.regional.queries.ChecklistQueries;
import org.percorsi.regional.queries.DossierQueries;
import org.percorsi.regional.usecases.AssessCriterion;
import org.percorsi.regional.usecases.ChecklistForm;
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

/**
 * The quality criteria checklist of a dossier: each criterion of the call with the evidence the platform has and
 * the manager's judgement and note, one small form per criterion; a refused form comes back with what was typed.
 */
@Controller
class AdminChecklistController {

    static final String PATH = AdminDossierController.BASE + "/checklist";

    private final ProcessPermissions permissions;
    private final DossierQueries dossiers;
    private final ChecklistQueries checklist;
    private final ChecklistEvidence evidence;
    private final AssessCriterion assess;

    AdminChecklistController(
            ProcessPermissions permissions,
            DossierQueries dossiers,
            ChecklistQueries checklist,
            ChecklistEvidence evidence,
            AssessCriterion assess) {
        this.permissions = permissions;
        this.dossiers = dossiers;
        this.checklist = checklist;
        this.evidence = evidence;
        this.assess = assess;
    }

    @GetMapping(PATH)
    String show(@PathVariable long processId, Model model) {
        return page(processId, model, DossierFailedForm.none());
    }

    @PostMapping(PATH)
    String save(
            @PathVariable long processId,
            @ModelAttribute ChecklistForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> {
            assess.handle(processId, form);
        })) {
            Flash.success(redirect, "regional.checklist.saved");
            return "redirect:/admin/processes/" + processId + "/dossier/checklist#criterion-" + form.criterion();
        }
        return page(
                processId,
                model,
                new DossierFailedForm(form.criterion() == null ? "" : form.criterion(), form, FormErrors.of(result)));
    }

    private String page(long processId, Model model, DossierFailedForm failed) {
        permissions.requireCanManage(processId);
        var dossier = dossiers.ofProcess(processId).orElseThrow(() -> new NotFoundException("dossier of " + processId));
        model.addAttribute("dossier", dossier);
        model.addAttribute("entries", checklist.of(dossier.id()));
        model.addAttribute("evidence", evidence.of(processId));
        model.addAttribute("failed", failed);
        model.addAttribute(
                "stateOptions",
                Arrays.stream(CriterionState.values())
                        .map(s -> new Option(s.name(), View.t("regional.checklist.state." + s.name())))
                        .toList());
        return "regional/admin/checklist";
    }
}
