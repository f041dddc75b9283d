package org.percorsi.programming.web;

import org.percorsi.shared.richtext.RichText;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.programming.InterventionStatus;
import org.percorsi.programming.queries.InterventionQueries;
import org.percorsi.programming.queries.ProgrammingQueries;
import org.percorsi.programming.usecases.Amounts;
import org.percorsi.programming.usecases.ApplyForFunding;
import org.percorsi.programming.usecases.InterventionForm;
import org.percorsi.programming.usecases.PlanIntervention;
import org.percorsi.programming.usecases.SaveIntervention;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.View;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back office (administrators): interventions and their sheets, the proposals and
 * DUP actions behind them, activities, budget, milestones, indicators, funding
 * calls and applications.
 */
@Controller
class AdminInterventionController {

    private static final String SHEET = "/admin/interventions/{id}";

    private final InterventionQueries queries;
    private final ProgrammingQueries programming;
    private final SaveIntervention save;
    private final PlanIntervention plan;
    private final ApplyForFunding funding;
    private final OrganisationApi organisation;

    AdminInterventionController(InterventionQueries queries, ProgrammingQueries programming, SaveIntervention save,
            PlanIntervention plan, ApplyForFunding funding, OrganisationApi organisation) {
        this.queries = queries;
        this.programming = programming;
        this.save = save;
        this.plan = plan;
        this.funding = funding;
        this.organisation = organisation;
    }

    @GetMapping("/admin/interventions")
    String list(Model model) {
        return listPage(model, blank(), FormErrors.none(), null);
    }

    @PostMapping("/admin/interventions")
    String create(@Valid @ModelAttribute("form") InterventionForm form, BindingResult result, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        return Forms.attempt(result, response, () -> save.create(form))
                .map(id -> {
                    Flash.success(redirect, "programming.intervention.saved");
                    return "redirect:/admin/interventions/" + id;
                })
                .orElseGet(() -> listPage(model, form, FormErrors.of(result), null));
    }

    @PostMapping("/admin/funding-calls")
    String createCall(@RequestParam(required = false) String title, @RequestParam(required = false) String funder,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) String totalAmount, @RequestParam(required = false) String maxPerProject,
            @RequestParam(required = false) String requirements, @RequestParam(required = false) String url,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.refusalOf(response, () -> funding.createCall(title, funder, deadline,
                        Amounts.parse("totalAmount", totalAmount), Amounts.parse("maxPerProject", maxPerProject), requirements, url))
                .map(refusal -> listPage(model, blank(), FormErrors.none(), View.t(refusal.messageKey(), refusal.args())))
                .orElseGet(() -> {
                    Flash.success(redirect, "programming.funding.callSaved");
                    return "redirect:/admin/interventions";
                });
    }

    @GetMapping(SHEET)
    String edit(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var sheet = sheet(id);
        var form = new InterventionForm(sheet.summary().title(), RichText.forEditing(sheet.summaryHtml()),
                RichText.forEditing(sheet.objectivesHtml()),
                sheet.responsibleOffice(), sheet.partners(), sheet.summary().status(), scopeIdsOf(id));
        return sheetPage(model, id, form, FormErrors.none(), null, q);
    }

    @PostMapping(SHEET)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") InterventionForm form, BindingResult result,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        sheet(id);
        if (Forms.attempt(result, response, () -> save.update(id, form))) {
            Flash.success(redirect, "programming.intervention.saved");
            return "redirect:/admin/interventions/" + id;
        }
        return sheetPage(model, id, form, FormErrors.of(result), null, null);
    }

    @PostMapping(SHEET + "/proposals")
    String linkProposal(@PathVariable long id, @RequestParam(required = false) Long proposalId,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> plan.linkProposal(id, proposalId), response, model, redirect);
    }

    @PostMapping(SHEET + "/nodes")
    String linkNode(@PathVariable long id, @RequestParam(required = false) Long nodeId, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        return act(id, () -> plan.linkNode(id, nodeId), response, model, redirect);
    }

    @PostMapping(SHEET + "/activities")
    String activity(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> plan.addActivity(id, title, startsOn, endsOn), response, model, redirect);
    }

    @PostMapping(SHEET + "/budget")
    String budget(@PathVariable long id, @RequestParam(required = false) String description,
            @RequestParam(required = false) String fundingSource, @RequestParam(required = false) String amount,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> plan.addBudgetLine(id, description, fundingSource, Amounts.parse("amount", amount)), response, model, redirect);
    }

    @PostMapping(SHEET + "/milestones")
    String milestone(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> plan.addMilestone(id, title, dueOn), response, model, redirect);
    }

    @PostMapping(SHEET + "/milestones/{milestoneId}/reached")
    String reached(@PathVariable long id, @PathVariable long milestoneId, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        return act(id, () -> plan.reachMilestone(id, milestoneId, null), response, model, redirect);
    }

    @PostMapping(SHEET + "/indicators")
    String indicator(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String baseline,
            @RequestParam(required = false) String target, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        return act(id, () -> plan.addIndicator(id, name, unit, Amounts.parse("baseline", baseline), Amounts.parse("target", target)), response, model, redirect);
    }

    @PostMapping(SHEET + "/indicators/{indicatorId}/values")
    String measure(@PathVariable long id, @PathVariable long indicatorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measuredOn,
            @RequestParam(required = false) String value, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        return act(id, () -> plan.measure(id, indicatorId, measuredOn, Amounts.parse("value", value)), response, model, redirect);
    }

    @PostMapping(SHEET + "/applications")
    String apply(@PathVariable long id, @RequestParam(required = false) Long callId,
            @RequestParam(required = false) String requestedAmount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> funding.apply(id, callId, Amounts.parse("requestedAmount", requestedAmount), submittedOn), response, model, redirect);
    }

    @PostMapping(SHEET + "/applications/{callId}/outcome")
    String outcome(@PathVariable long id, @PathVariable long callId, @RequestParam(defaultValue = "false") boolean granted,
            @RequestParam(required = false) String grantedAmount, @RequestParam(required = false) String note,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> funding.recordOutcome(id, callId, granted, Amounts.parse("grantedAmount", grantedAmount), note), response, model, redirect);
    }

    private String act(long id, Runnable action, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var sheet = sheet(id);
        return Forms.refusalOf(response, action)
                .map(refusal -> sheetPage(model, id, new InterventionForm(sheet.summary().title(),
                                RichText.forEditing(sheet.summaryHtml()), RichText.forEditing(sheet.objectivesHtml()), sheet.responsibleOffice(), sheet.partners(),
                                sheet.summary().status(), scopeIdsOf(id)), FormErrors.none(),
                        View.t(refusal.messageKey(), refusal.args()), null))
                .orElseGet(() -> {
                    Flash.success(redirect, "programming.intervention.saved");
                    return "redirect:/admin/interventions/" + id;
                });
    }

    private String listPage(Model model, InterventionForm form, FormErrors errors, String refusal) {
        model.addAttribute("interventions", queries.list());
        model.addAttribute("calls", queries.calls());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("scopes", organisation.scopeTree());
        return "programming/admin/interventions";
    }

    private String sheetPage(Model model, long id, InterventionForm form, FormErrors errors, String refusal, String q) {
        model.addAttribute("interventionId", id);
        model.addAttribute("sheet", sheet(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("calls", queries.calls());
        model.addAttribute("scopes", organisation.scopeTree());
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", programming.findNodes(q, 10));
        return "programming/admin/intervention";
    }

    private InterventionQueries.Sheet sheet(long id) {
        return queries.sheet(id).orElseThrow(() -> new NotFoundException("intervention " + id));
    }

    private java.util.List<Long> scopeIdsOf(long id) {
        return queries.scopeIds(id);
    }

    private static InterventionForm blank() {
        return new InterventionForm("", "", "", "", "", InterventionStatus.IDEA, java.util.List.of());
    }
}
