package org.percorsi.stakeholders.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.PhaseView;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.PageResult;
import org.percorsi.shared.web.View;
import org.percorsi.stakeholders.TableChannel;
import org.percorsi.stakeholders.queries.TableQueries;
import org.percorsi.stakeholders.usecases.AcceptForm;
import org.percorsi.stakeholders.usecases.AcceptMember;
import org.percorsi.stakeholders.usecases.AddMember;
import org.percorsi.stakeholders.usecases.AddMemberForm;
import org.percorsi.stakeholders.usecases.AlignTableAccess;
import org.percorsi.stakeholders.usecases.EndReferent;
import org.percorsi.stakeholders.usecases.EndReferentForm;
import org.percorsi.stakeholders.usecases.LeaveForm;
import org.percorsi.stakeholders.usecases.NameReferent;
import org.percorsi.stakeholders.usecases.ReferentForm;
import org.percorsi.stakeholders.usecases.ReferentRuleForm;
import org.percorsi.stakeholders.usecases.RefuseForm;
import org.percorsi.stakeholders.usecases.RefuseMember;
import org.percorsi.stakeholders.usecases.RequireReferents;
import org.percorsi.stakeholders.usecases.WithdrawForm;
import org.percorsi.stakeholders.usecases.WithdrawMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office of a process's negotiation table: requests to review first, then the members, with their
 * representatives; accepting, refusing (with the reason), recording a withdrawal, adding an organisation of the
 * registry; the referents per neighbourhood or theme, and which neighbourhoods lack one before the phase that
 * needs them. A refused action shows the page again, saying why, beside the form that was sent.
 */
@Controller
class AdminTableController {

    private static final String PATH = "/admin/processes/{processId}/table";

    /** How many days ahead a phase that needs referents makes the page warn. */
    static final int WARNING_DAYS = 14;

    private final TableQueries queries;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;
    private final OrganisationApi organisation;
    private final AcceptMember accept;
    private final RefuseMember refuse;
    private final WithdrawMember withdraw;
    private final AddMember add;
    private final AlignTableAccess alignAccess;
    private final NameReferent nameReferent;
    private final EndReferent endReferent;
    private final RequireReferents requireReferents;

    AdminTableController(
            TableQueries queries,
            ProcessesApi processes,
            ProcessPermissions permissions,
            OrganisationApi organisation,
            AcceptMember accept,
            RefuseMember refuse,
            WithdrawMember withdraw,
            AddMember add,
            AlignTableAccess alignAccess,
            NameReferent nameReferent,
            EndReferent endReferent,
            RequireReferents requireReferents) {
        this.queries = queries;
        this.processes = processes;
        this.permissions = permissions;
        this.organisation = organisation;
        this.accept = accept;
        this.refuse = refuse;
        this.withdraw = withdraw;
        this.add = add;
        this.alignAccess = alignAccess;
        this.nameReferent = nameReferent;
        this.endReferent = endReferent;
        this.requireReferents = requireReferents;
    }

    @GetMapping(PATH)
    String page(
            @PathVariable long processId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String q,
            Model model) {
        permissions.requireCanManage(processId);
        return render(model, processId, PageResult.clampPage(page), q, FailedForm.none());
    }

    @PostMapping(PATH + "/accept")
    String accept(
            @PathVariable long processId,
            @ModelAttribute AcceptForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                () -> accept.handle(processId, form),
                "stakeholders.table.accepted",
                "accept",
                form.memberId(),
                response,
                model,
                redirect);
    }

    @PostMapping(PATH + "/refuse")
    String refuse(
            @PathVariable long processId,
            @ModelAttribute RefuseForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                () -> refuse.handle(processId, form),
                "stakeholders.table.refused",
                "refuse",
                form.memberId(),
                response,
                model,
                redirect);
    }

    @PostMapping(PATH + "/withdraw")
    String withdraw(
            @PathVariable long processId,
            @ModelAttribute WithdrawForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                () -> withdraw.handle(processId, form),
                "stakeholders.table.withdrawn",
                "withdraw",
                form.memberId(),
                response,
                model,
                redirect);
    }

    @PostMapping(PATH + "/access")
    String alignAccess(
            @PathVariable long processId,
            @ModelAttribute LeaveForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                () -> alignAccess.handle(processId, form),
                "stakeholders.table.accessAligned",
                "access",
                form.memberId(),
                response,
                model,
                redirect);
    }

    @PostMapping(PATH + "/members")
    String add(
            @PathVariable long processId,
            @ModelAttribute AddMemberForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                () -> add.handle(processId, form),
                "stakeholders.table.added",
                "add",
                null,
                response,
                model,
                redirect);
    }

    @PostMapping(PATH + "/referents")
    String nameReferent(
            @PathVariable long processId,
            @ModelAttribute ReferentForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                () -> nameReferent.handle(processId, form),
                "stakeholders.table.referentNamed",
                "referent",
                null,
                response,
                model,
                redirect);
    }

    @PostMapping(PATH + "/referents/end")
    String endReferent(
            @PathVariable long processId,
            @ModelAttribute EndReferentForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                () -> endReferent.handle(processId, form),
                "stakeholders.table.referentEnded",
                "end",
                null,
                response,
                model,
                redirect);
    }

    @PostMapping(PATH + "/referent-rule")
    String referentRule(
            @PathVariable long processId,
            @ModelAttribute ReferentRuleForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                () -> requireReferents.handle(processId, form),
                "stakeholders.table.ruleSaved",
                "rule",
                null,
                response,
                model,
                redirect);
    }

    private String act(
            long processId,
            Runnable action,
            String doneKey,
            String form,
            Long memberId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                action,
                response,
                redirect,
                doneKey,
                "/admin/processes/" + processId + "/table",
                refusal -> failed(model, processId, form, memberId, refusal));
    }

    private String failed(Model model, long processId, String form, Long memberId, RuleViolation refusal) {
        permissions.requireCanManage(processId);
        return render(model, processId, 1, null, new FailedForm(form, memberId, FormErrors.of(refusal)));
    }

    private String render(Model model, long processId, int page, String q, FailedForm failed) {
        String title =
                processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("no process " + processId));
        LocalDate today = queries.today();
        List<PhaseView> phases = processes.phases(processId);
        // a draft's neighbourhoods too: referents are often named before the process is published
        List<Long> scopes = processes.scopeIdsForTeam(processId);
        var neighbourhoods = queries.neighbourhoods(processId, scopes);
        Long rulePhaseId = queries.referentsBeforePhase(processId).orElse(null);
        PhaseView rulePhase = phases.stream()
                .filter(p -> rulePhaseId != null && p.id() == rulePhaseId)
                .findFirst()
                .orElse(null);
        long missing = neighbourhoods.stream()
                .filter(TableQueries.Neighbourhood::missing)
                .count();
        boolean warn = rulePhase != null
                && rulePhase.startDate() != null
                && missing > 0
                && !rulePhase.startDate().isAfter(today.plusDays(WARNING_DAYS));
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("today", today);
        model.addAttribute("members", queries.forManagers(processId, page));
        model.addAttribute("access", queries.accessOutOfStep(processId));
        model.addAttribute("referents", queries.referents(processId));
        model.addAttribute("neighbourhoods", neighbourhoods);
        model.addAttribute("missing", missing);
        model.addAttribute("rulePhase", rulePhase);
        model.addAttribute("warn", warn);
        model.addAttribute(
                "started",
                rulePhase != null
                        && rulePhase.startDate() != null
                        && !rulePhase.startDate().isAfter(today));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", queries.findOrganisations(q));
        model.addAttribute(
                "phaseOptions",
                phases.stream().map(p -> Option.of(p.id(), p.title())).toList());
        model.addAttribute(
                "scopeOptions",
                organisation.scopeTree().stream()
                        .map(s -> Option.of(s.id(), "· ".repeat(s.depth()) + s.name()))
                        .toList());
        model.addAttribute(
                "themeOptions",
                organisation.themes().stream()
                        .map(t -> Option.of(t.id(), t.name()))
                        .toList());
        model.addAttribute(
                "candidateOptions",
                queries.candidates(processId).stream()
                        .map(c -> Option.of(c.representativeId(), c.label()))
                        .toList());
        model.addAttribute(
                "channelOptions",
                List.of(TableChannel.MEETING, TableChannel.CERTIFIED_MAIL, TableChannel.INVITATION).stream()
                        .map(c -> Option.of(c.name(), View.t("stakeholders.table.channel." + c.name())))
                        .toList());
        model.addAttribute("failed", failed);
        return "stakeholders/admin/table";
    }
}
