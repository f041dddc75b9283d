package org.percorsi.programming.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.programming.InterventionStatus;
import org.percorsi.programming.queries.InterventionQueries;
import org.percorsi.programming.queries.ProgrammingQueries;
import org.percorsi.programming.usecases.ActivityForm;
import org.percorsi.programming.usecases.AddActivity;
import org.percorsi.programming.usecases.AddBudgetLine;
import org.percorsi.programming.usecases.AddIndicator;
import org.percorsi.programming.usecases.AddMilestone;
import org.percorsi.programming.usecases.Amounts;
import org.percorsi.programming.usecases.ApplyForFunding;
import org.percorsi.programming.usecases.BudgetLineForm;
import org.percorsi.programming.usecases.IndicatorForm;
import org.percorsi.programming.usecases.InterventionForm;
import org.percorsi.programming.usecases.InterventionObjectiveForm;
import org.percorsi.programming.usecases.InterventionProposalForm;
import org.percorsi.programming.usecases.LinkObjectiveToIntervention;
import org.percorsi.programming.usecases.LinkProposalToIntervention;
import org.percorsi.programming.usecases.MarkMilestoneReached;
import org.percorsi.programming.usecases.MeasureForm;
import org.percorsi.programming.usecases.MilestoneForm;
import org.percorsi.programming.usecases.RecordMeasure;
import org.percorsi.programming.usecases.SaveIntervention;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
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
 * calls and applications. Each action is one use case, which checks who may do it.
 */
@Controller
class AdminInterventionController {

    private static final String SHEET = "/admin/interventions/{id}";
    private static final String SAVED = "programming.intervention.saved";

    private final InterventionQueries queries;
    private final ProgrammingQueries programming;
    private final OrganisationApi organisation;
    private final SaveIntervention save;
    private final LinkProposalToIntervention linkProposal;
    private final LinkObjectiveToIntervention linkObjective;
    private final AddActivity addActivity;
    private final AddBudgetLine addBudgetLine;
    private final AddMilestone addMilestone;
    private final MarkMilestoneReached markReached;
    private final AddIndicator addIndicator;
    private final RecordMeasure recordMeasure;
    private final ApplyForFunding funding;

    AdminInterventionController(
            InterventionQueries queries,
            ProgrammingQueries programming,
            OrganisationApi organisation,
            SaveIntervention save,
            LinkProposalToIntervention linkProposal,
            LinkObjectiveToIntervention linkObjective,
            AddActivity addActivity,
            AddBudgetLine addBudgetLine,
            AddMilestone addMilestone,
            MarkMilestoneReached markReached,
            AddIndicator addIndicator,
            RecordMeasure recordMeasure,
            ApplyForFunding funding) {
        this.queries = queries;
        this.programming = programming;
        this.organisation = organisation;
        this.save = save;
        this.linkProposal = linkProposal;
        this.linkObjective = linkObjective;
        this.addActivity = addActivity;
        this.addBudgetLine = addBudgetLine;
        this.addMilestone = addMilestone;
        this.markReached = markReached;
        this.addIndicator = addIndicator;
        this.recordMeasure = recordMeasure;
        this.funding = funding;
    }

    @GetMapping("/admin/interventions")
    String list(Model model) {
        return listPage(model, blank(), FormErrors.none(), null);
    }

    @PostMapping("/admin/interventions")
    String create(
            @Valid @ModelAttribute("form") InterventionForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.attempt(result, response, () -> save.create(form))
                .map(id -> {
                    Flash.success(redirect, SAVED);
                    return "redirect:" + sheetUrl(id);
                })
                .orElseGet(() -> listPage(model, form, FormErrors.of(result), null));
    }

    @PostMapping("/admin/funding-calls")
    String createCall(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String funder,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) String totalAmount,
            @RequestParam(required = false) String maxPerProject,
            @RequestParam(required = false) String requirements,
            @RequestParam(required = false) String url,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> funding.createCall(
                        title,
                        funder,
                        deadline,
                        Amounts.parse("totalAmount", totalAmount),
                        Amounts.parse("maxPerProject", maxPerProject),
                        requirements,
                        url),
                response,
                redirect,
                "programming.funding.callSaved",
                "/admin/interventions",
                refusal -> listPage(model, blank(), FormErrors.none(), View.t(refusal.messageKey(), refusal.args())));
    }

    @GetMapping(SHEET)
    String edit(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        var sheet = sheet(id);
        return sheetPage(model, id, sheet, formOf(id, sheet), FormErrors.none(), null, q);
    }

    @PostMapping(SHEET)
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") InterventionForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var sheet = sheet(id);
        if (Forms.attempt(result, response, () -> save.update(id, form))) {
            Flash.success(redirect, SAVED);
            return "redirect:" + sheetUrl(id);
        }
        return sheetPage(model, id, sheet, form, FormErrors.of(result), null, null);
    }

    @PostMapping(SHEET + "/proposals")
    String linkProposal(
            @PathVariable long id,
            InterventionProposalForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> linkProposal.handle(id, form),
                response,
                redirect,
                SAVED,
                sheetUrl(id),
                sheetSayingWhy(model, id));
    }

    @PostMapping(SHEET + "/nodes")
    String linkObjective(
            @PathVariable long id,
            InterventionObjectiveForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> linkObjective.handle(id, form),
                response,
                redirect,
                SAVED,
                sheetUrl(id),
                sheetSayingWhy(model, id));
    }

    @PostMapping(SHEET + "/activities")
    String addActivity(
            @PathVariable long id,
            ActivityForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> addActivity.handle(id, form), response, redirect, SAVED, sheetUrl(id), sheetSayingWhy(model, id));
    }

    @PostMapping(SHEET + "/budget")
    String addBudgetLine(
            @PathVariable long id,
            BudgetLineForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> addBudgetLine.handle(id, form),
                response,
                redirect,
                SAVED,
                sheetUrl(id),
                sheetSayingWhy(model, id));
    }

    @PostMapping(SHEET + "/milestones")
    String addMilestone(
            @PathVariable long id,
            MilestoneForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> addMilestone.handle(id, form),
                response,
                redirect,
                SAVED,
                sheetUrl(id),
                sheetSayingWhy(model, id));
    }

    @PostMapping(SHEET + "/milestones/{milestoneId}/reached")
    String markMilestoneReached(
            @PathVariable long id,
            @PathVariable long milestoneId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> markReached.handle(id, milestoneId, null),
                response,
                redirect,
                SAVED,
                sheetUrl(id),
                sheetSayingWhy(model, id));
    }

    @PostMapping(SHEET + "/indicators")
    String addIndicator(
            @PathVariable long id,
            IndicatorForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> addIndicator.handle(id, form),
                response,
                redirect,
                SAVED,
                sheetUrl(id),
                sheetSayingWhy(model, id));
    }

    @PostMapping(SHEET + "/indicators/{indicatorId}/values")
    String recordMeasure(
            @PathVariable long id,
            @PathVariable long indicatorId,
            MeasureForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> recordMeasure.handle(id, indicatorId, form),
                response,
                redirect,
                SAVED,
                sheetUrl(id),
                sheetSayingWhy(model, id));
    }

    @PostMapping(SHEET + "/applications")
    String apply(
            @PathVariable long id,
            @RequestParam(required = false) Long callId,
            @RequestParam(required = false) String requestedAmount,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> funding.apply(id, callId, Amounts.parse("requestedAmount", requestedAmount), submittedOn),
                response,
                redirect,
                SAVED,
                sheetUrl(id),
                sheetSayingWhy(model, id));
    }

    @PostMapping(SHEET + "/applications/{callId}/outcome")
    String outcome(
            @PathVariable long id,
            @PathVariable long callId,
            @RequestParam(defaultValue = "false") boolean granted,
            @RequestParam(required = false) String grantedAmount,
            @RequestParam(required = false) String note,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> funding.recordOutcome(id, callId, granted, Amounts.parse("grantedAmount", grantedAmount), note),
                response,
                redirect,
                SAVED,
                sheetUrl(id),
                sheetSayingWhy(model, id));
    }

    private static String sheetUrl(long id) {
        return "/admin/interventions/" + id;
    }

    /** A refused change of the sheet: the sheet again, as saved, with the reason above it. */
    private Function<RuleViolation, String> sheetSayingWhy(Model model, long id) {
        return refusal -> {
            var sheet = sheet(id);
            return sheetPage(
                    model,
                    id,
                    sheet,
                    formOf(id, sheet),
                    FormErrors.none(),
                    View.t(refusal.messageKey(), refusal.args()),
                    null);
        };
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

    private String sheetPage(
            Model model,
            long id,
            InterventionQueries.Sheet sheet,
            InterventionForm form,
            FormErrors errors,
            String refusal,
            String q) {
        model.addAttribute("interventionId", id);
        model.addAttribute("sheet", sheet);
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

    /** The sheet's form as saved. */
    private InterventionForm formOf(long id, InterventionQueries.Sheet sheet) {
        return new InterventionForm(
                sheet.summary().title(),
                RichText.forEditing(sheet.summaryHtml()),
                RichText.forEditing(sheet.objectivesHtml()),
                sheet.responsibleOffice(),
                sheet.partners(),
                sheet.summary().status(),
                queries.scopeIds(id));
    }

    private static InterventionForm blank() {
        return new InterventionForm("", "", "", "", "", InterventionStatus.IDEA, List.of());
    }
}
