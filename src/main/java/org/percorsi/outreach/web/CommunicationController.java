package org.percorsi.outreach.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.meetings.MeetingsApi.MeetingSlot;
import org.percorsi.outreach.Channel;
import org.percorsi.outreach.Languages;
import org.percorsi.outreach.OutreachOfProcess;
import org.percorsi.outreach.queries.CommunicationQueries;
import org.percorsi.outreach.queries.PromotionCheck;
import org.percorsi.outreach.usecases.ActionForm;
import org.percorsi.outreach.usecases.AddAction;
import org.percorsi.outreach.usecases.AttachMaterial;
import org.percorsi.outreach.usecases.EditAction;
import org.percorsi.outreach.usecases.MaterialForm;
import org.percorsi.outreach.usecases.RemoveAction;
import org.percorsi.outreach.usecases.RemoveMaterial;
import org.percorsi.outreach.usecases.SetPromotionLead;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.regional.RegionalApi;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A process's communication plan: for its managers, the actions by date with the warning about meetings not
 * promoted in time, each action's page with its materials; for visitors, the public actions and materials.
 */
@Controller
class CommunicationController {

    private static final String ADMIN = "/admin/processes/{processId}/communication";
    private static final String ACTION = ADMIN + "/actions/{actionId}";

    private final CommunicationQueries queries;
    private final PromotionCheck promotion;
    private final OutreachOfProcess outreach;
    private final AddAction add;
    private final EditAction edit;
    private final RemoveAction remove;
    private final AttachMaterial attach;
    private final RemoveMaterial removeMaterial;
    private final SetPromotionLead setLead;
    private final MeetingsApi meetings;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;
    private final ManagerActions actions;
    private final RegionalApi regional;

    CommunicationController(
            CommunicationQueries queries,
            PromotionCheck promotion,
            OutreachOfProcess outreach,
            AddAction add,
            EditAction edit,
            RemoveAction remove,
            AttachMaterial attach,
            RemoveMaterial removeMaterial,
            SetPromotionLead setLead,
            MeetingsApi meetings,
            ProcessesApi processes,
            ProcessPermissions permissions,
            ManagerActions actions,
            RegionalApi regional) {
        this.queries = queries;
        this.promotion = promotion;
        this.outreach = outreach;
        this.add = add;
        this.edit = edit;
        this.remove = remove;
        this.attach = attach;
        this.removeMaterial = removeMaterial;
        this.setLead = setLead;
        this.meetings = meetings;
        this.processes = processes;
        this.permissions = permissions;
        this.actions = actions;
        this.regional = regional;
    }

    @GetMapping(ADMIN)
    String plan(@PathVariable long processId, Model model) {
        permissions.requireCanManage(processId);
        return planPage(model, processId, ActionForm.empty(), FormErrors.none(), FormErrors.none());
    }

    @PostMapping(ADMIN + "/actions")
    String add(
            @PathVariable long processId,
            @ModelAttribute ActionForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> new Forms.Done(
                        "outreach.action.added", planUrl(processId) + "#action-" + add.handle(processId, form)),
                response,
                redirect,
                refusal -> planPage(model, processId, form, FormErrors.of(refusal), FormErrors.none()));
    }

    @PostMapping(ADMIN + "/settings")
    String settings(
            @PathVariable long processId,
            @RequestParam(required = false) String leadDays,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> setLead.handle(processId, number(leadDays)),
                response,
                redirect,
                "outreach.plan.leadSaved",
                planUrl(processId),
                refusal -> planPage(model, processId, ActionForm.empty(), FormErrors.none(), FormErrors.of(refusal)));
    }

    @GetMapping(ACTION)
    String action(@PathVariable long processId, @PathVariable long actionId, Model model) {
        permissions.requireCanManage(processId);
        return action(model, processId, actionId, FormErrors.none(), "");
    }

    @PostMapping(ACTION)
    String edit(
            @PathVariable long processId,
            @PathVariable long actionId,
            @ModelAttribute ActionForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> edit.handle(processId, actionId, form),
                response,
                redirect,
                "outreach.action.saved",
                planUrl(processId) + "#action-" + actionId,
                refusal -> actionPage(model, processId, actionId, form, FormErrors.of(refusal), FormErrors.none()));
    }

    @PostMapping(ACTION + "/remove")
    String remove(
            @PathVariable long processId,
            @PathVariable long actionId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> remove.handle(processId, actionId),
                response,
                redirect,
                "outreach.action.removed",
                planUrl(processId),
                refusal -> planPage(model, processId, ActionForm.empty(), FormErrors.none(), FormErrors.of(refusal)));
    }

    @PostMapping(ACTION + "/materials")
    String attach(
            @PathVariable long processId,
            @PathVariable long actionId,
            @ModelAttribute MaterialForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> attach.handle(processId, actionId, form),
                response,
                redirect,
                "outreach.material.added",
                actionUrl(processId, actionId) + "#materials",
                refusal -> action(model, processId, actionId, FormErrors.of(refusal), form.description()));
    }

    @PostMapping(ACTION + "/materials/remove")
    String removeMaterial(
            @PathVariable long processId,
            @PathVariable long actionId,
            @RequestParam(required = false) Long material,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> removeMaterial.handle(processId, actionId, material == null ? -1 : material),
                response,
                redirect,
                "outreach.material.removed",
                actionUrl(processId, actionId) + "#materials",
                refusal -> action(model, processId, actionId, FormErrors.of(refusal), ""));
    }

    @GetMapping("/processes/{slug}/communication")
    String publicPlan(@PathVariable String slug, Model model) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        model.addAttribute("process", process);
        model.addAttribute("outreach", outreach.of(process.id()));
        // the call's required mention goes with the materials too, not only on the process's page
        model.addAttribute("funder", regional.funderMention(process.id()).orElse(null));
        return "outreach/communication";
    }

    private String action(Model model, long processId, long actionId, FormErrors materialErrors, String description) {
        var action = queries.action(processId, actionId).orElseThrow(() -> new NotFoundException("action"));
        var form = new ActionForm(
                action.channel().name(),
                action.channelOther(),
                action.title(),
                action.audience(),
                action.languages(),
                action.plannedOn().toString(),
                action.doneOn() == null ? "" : action.doneOn().toString(),
                action.owner(),
                action.meetingId(),
                action.visibleToPublic(),
                action.note());
        model.addAttribute("materialDescription", description);
        return actionPage(model, processId, actionId, form, FormErrors.none(), materialErrors);
    }

    private String planPage(Model model, long processId, ActionForm form, FormErrors errors, FormErrors leadErrors) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        var actions = queries.actions(processId);
        var slots = meetings.slotsOfProcess(processId);
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("actions", actions);
        model.addAttribute("warning", promotion.of(processId));
        model.addAttribute(
                "meetingTitles", slots.stream().collect(Collectors.toMap(MeetingSlot::id, MeetingSlot::title)));
        addFormOptions(model, processId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("leadErrors", leadErrors);
        model.addAttribute("leadDays", queries.promotionLeadDays(processId));
        return "outreach/admin/plan";
    }

    private String actionPage(
            Model model, long processId, long actionId, ActionForm form, FormErrors errors, FormErrors materialErrors) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        var action = queries.action(processId, actionId).orElseThrow(() -> new NotFoundException("action"));
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("action", action);
        addFormOptions(model, processId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("materialErrors", materialErrors);
        if (!model.containsAttribute("materialDescription")) {
            model.addAttribute("materialDescription", "");
        }
        return "outreach/admin/action";
    }

    private void addFormOptions(Model model, long processId) {
        model.addAttribute(
                "channelOptions",
                Arrays.stream(Channel.values())
                        .map(c -> Option.of(c.name(), View.t("outreach.channel." + c.name())))
                        .toList());
        model.addAttribute(
                "meetingOptions",
                meetings.slotsOfProcess(processId).stream()
                        .map(m -> Option.of(m.id(), View.dateTime(m.startsAt()) + " · " + m.title()))
                        .toList());
        model.addAttribute(
                "languageOptions",
                Languages.OFFERED.stream()
                        .map(code -> Option.of(code, Languages.name(code, View.locale())))
                        .toList());
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String planUrl(long processId) {
        return "/admin/processes/" + processId + "/communication";
    }

    static String actionUrl(long processId, long actionId) {
        return planUrl(processId) + "/actions/" + actionId;
    }
}
