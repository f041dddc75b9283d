package org.percorsi.regional.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.regional.CostCategory;
import org.percorsi.regional.queries.CallQueries;
import org.percorsi.regional.queries.DossierQueries;
import org.percorsi.regional.queries.ObservatoryQueries;
import org.percorsi.regional.usecases.AddCost;
import org.percorsi.regional.usecases.CostForm;
import org.percorsi.regional.usecases.CreateDossier;
import org.percorsi.regional.usecases.DossierForm;
import org.percorsi.regional.usecases.EditDossier;
import org.percorsi.regional.usecases.ExtensionForm;
import org.percorsi.regional.usecases.FormalStartForm;
import org.percorsi.regional.usecases.GrantExtension;
import org.percorsi.regional.usecases.RecordFormalStart;
import org.percorsi.regional.usecases.RemoveCost;
import org.percorsi.shared.time.TimeConfiguration;
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
 * The dossier of a funded process in the back office: opened from a call, then its details, formal start,
 * extensions and costs, each a form of one page; a refused form comes back with its errors and what was typed,
 * the others clean.
 */
@Controller
class AdminDossierController {

    static final String BASE = "/admin/processes/{processId}/dossier";

    private final ProcessPermissions permissions;
    private final ProcessesApi processes;
    private final DossierQueries dossiers;
    private final CallQueries calls;
    private final CreateDossier create;
    private final EditDossier edit;
    private final RecordFormalStart start;
    private final GrantExtension extension;
    private final AddCost addCost;
    private final RemoveCost removeCost;
    private final ObservatoryQueries observatory;
    private final Clock clock;

    AdminDossierController(
            ProcessPermissions permissions,
            ProcessesApi processes,
            DossierQueries dossiers,
            CallQueries calls,
            CreateDossier create,
            EditDossier edit,
            RecordFormalStart start,
            GrantExtension extension,
            AddCost addCost,
            RemoveCost removeCost,
            ObservatoryQueries observatory,
            Clock clock) {
        this.permissions = permissions;
        this.processes = processes;
        this.dossiers = dossiers;
        this.calls = calls;
        this.create = create;
        this.edit = edit;
        this.start = start;
        this.extension = extension;
        this.addCost = addCost;
        this.removeCost = removeCost;
        this.observatory = observatory;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String show(@PathVariable long processId, Model model) {
        return page(processId, model, DossierFailedForm.none());
    }

    @PostMapping(BASE)
    String create(
            @PathVariable long processId,
            @ModelAttribute DossierForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                processId,
                "create",
                form,
                result,
                response,
                model,
                redirect,
                "regional.dossier.created",
                () -> create.handle(processId, form));
    }

    @PostMapping(BASE + "/details")
    String details(
            @PathVariable long processId,
            @ModelAttribute DossierForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                processId,
                "details",
                form,
                result,
                response,
                model,
                redirect,
                "regional.dossier.saved",
                () -> edit.handle(processId, form));
    }

    @PostMapping(BASE + "/start")
    String start(
            @PathVariable long processId,
            @ModelAttribute FormalStartForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                processId,
                "start",
                form,
                result,
                response,
                model,
                redirect,
                "regional.start.recorded",
                () -> start.handle(processId, form));
    }

    @PostMapping(BASE + "/extensions")
    String extension(
            @PathVariable long processId,
            @ModelAttribute ExtensionForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                processId,
                "extension",
                form,
                result,
                response,
                model,
                redirect,
                "regional.extension.granted",
                () -> extension.handle(processId, form));
    }

    @PostMapping(BASE + "/costs")
    String cost(
            @PathVariable long processId,
            @ModelAttribute CostForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return submit(
                processId,
                "cost",
                form,
                result,
                response,
                model,
                redirect,
                "regional.cost.added",
                () -> addCost.handle(processId, form));
    }

    @PostMapping(BASE + "/costs/{costId}/remove")
    String removeCost(
            @PathVariable long processId,
            @PathVariable long costId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> removeCost.handle(processId, costId),
                response,
                redirect,
                "regional.cost.removed",
                "/admin/processes/" + processId + "/dossier#costs",
                refusal -> page(processId, model, new DossierFailedForm("remove", null, FormErrors.of(refusal))));
    }

    /**
     * One of the page's forms: done, back to the page saying so; refused, the page again with this form's errors
     * and what was typed, the other forms clean.
     */
    private String submit(
            long processId,
            String formName,
            Object typed,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            String doneKey,
            Runnable useCase) {
        if (Forms.attempt(result, response, useCase)) {
            Flash.success(redirect, doneKey);
            return "redirect:/admin/processes/" + processId + "/dossier";
        }
        return page(processId, model, new DossierFailedForm(formName, typed, FormErrors.of(result)));
    }

    private String page(long processId, Model model, DossierFailedForm failed) {
        permissions.requireCanManage(processId);
        String title =
                processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process " + processId));
        var dossier = dossiers.ofProcess(processId);
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ROME));
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("dossier", dossier.orElse(null));
        model.addAttribute("today", today);
        model.addAttribute(
                "committee",
                dossier.map(d -> observatory.committees(List.of(d.id())).get(d.id()))
                        .orElse(null));
        model.addAttribute("failed", failed);
        model.addAttribute("calls", calls.all());
        model.addAttribute(
                "createForm", failed.form().equals("create") ? (DossierForm) failed.typed() : DossierForm.empty());
        model.addAttribute(
                "detailsForm",
                failed.form().equals("details")
                        ? (DossierForm) failed.typed()
                        : dossier.map(DossierPages::detailsOf).orElse(DossierForm.empty()));
        model.addAttribute(
                "startForm",
                failed.form().equals("start")
                        ? (FormalStartForm) failed.typed()
                        : dossier.map(DossierPages::startOf).orElse(FormalStartForm.empty()));
        model.addAttribute(
                "extensionForm",
                failed.form().equals("extension") ? (ExtensionForm) failed.typed() : ExtensionForm.empty());
        model.addAttribute("costForm", failed.form().equals("cost") ? (CostForm) failed.typed() : CostForm.empty());
        model.addAttribute(
                "categoryOptions",
                Arrays.stream(CostCategory.values())
                        .map(c -> new Option(c.name(), View.t("regional.cost.category." + c.name())))
                        .toList());
        return "regional/admin/dossier";
    }
}
