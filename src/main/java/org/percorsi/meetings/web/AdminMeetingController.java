package org.percorsi.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.queries.HarvestQueries;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.usecases.HarvestToProposal;
import org.percorsi.meetings.usecases.RecordHarvest;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back office of a meeting, the method harvest: tables, rounds, notes, cards, clusters, polls and the plenary
 * synthesis, and turning an entry into a proposal. The schedule, registrations and record have controllers of
 * their own (AdminMeetingScheduleController, AdminMeetingRegistrationsController, AdminMeetingRecordController).
 */
@Controller
class AdminMeetingController {

    private final RecordHarvest recordHarvest;
    private final HarvestToProposal toProposal;
    private final MeetingQueries queries;
    private final HarvestQueries harvest;
    private final MeetingPermissions permissions;

    AdminMeetingController(RecordHarvest recordHarvest, HarvestToProposal toProposal, MeetingQueries queries,
            HarvestQueries harvest, MeetingPermissions permissions) {
        this.recordHarvest = recordHarvest;
        this.toProposal = toProposal;
        this.queries = queries;
        this.harvest = harvest;
        this.permissions = permissions;
    }

    private static final String BASE = "/admin/processes/{processId}/meetings";

    // --- method harvest

    @GetMapping(BASE + "/{id}/harvest")
    String harvest(@PathVariable long processId, @PathVariable long id, Model model) {
        return harvestPage(model, meeting(processId, id), null);
    }

    @PostMapping(BASE + "/{id}/harvest/groups")
    String addGroup(@PathVariable long processId, @PathVariable long id, @RequestParam(required = false) RecordHarvest.GroupKind kind,
            @RequestParam(required = false) String label, @RequestParam(required = false) String host,
            @RequestParam(required = false) Integer people, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        return harvestAction(processId, id, () -> recordHarvest.addGroup(id, required("kind", kind), label, host, people), response,
                model, redirect);
    }

    @PostMapping(BASE + "/{id}/harvest/rounds")
    String addRound(@PathVariable long processId, @PathVariable long id, @RequestParam(required = false) String question,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return harvestAction(processId, id, () -> recordHarvest.addRound(id, question), response, model, redirect);
    }

    @PostMapping(BASE + "/{id}/harvest/items")
    String addItem(@PathVariable long processId, @PathVariable long id, @RequestParam(required = false) RecordHarvest.ItemKind kind,
            @RequestParam(required = false) Long tableId, @RequestParam(required = false) Long roundId,
            @RequestParam(required = false) Long clusterId, @RequestParam(required = false) String body,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return harvestAction(processId, id, () -> recordHarvest.addItem(id, required("kind", kind), tableId, roundId, clusterId, body),
                response, model, redirect);
    }

    @PostMapping(BASE + "/{id}/harvest/dots")
    String dots(@PathVariable long processId, @PathVariable long id, @RequestParam(defaultValue = "false") boolean group,
            @RequestParam(required = false) Long target, @RequestParam(required = false) Integer dots, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        return harvestAction(processId, id, () -> recordHarvest.setDots(id, group, required("target", target), required("dots", dots)), response, model,
                redirect);
    }

    @PostMapping(BASE + "/{id}/harvest/cluster")
    String cluster(@PathVariable long processId, @PathVariable long id, @RequestParam(required = false) Long target,
            @RequestParam(required = false) Long clusterId, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        return harvestAction(processId, id, () -> recordHarvest.cluster(id, required("target", target), clusterId), response, model,
                redirect);
    }

    @PostMapping(BASE + "/{id}/harvest/polls")
    String addPoll(@PathVariable long processId, @PathVariable long id, @RequestParam(required = false) String question,
            @RequestParam(required = false) String options, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        return harvestAction(processId, id, () -> recordHarvest.addPoll(id, question, options), response, model,
                redirect);
    }

    @PostMapping(BASE + "/{id}/harvest/votes")
    String votes(@PathVariable long processId, @PathVariable long id, @RequestParam(required = false) Long optionId,
            @RequestParam(required = false) Long tableId, @RequestParam(required = false) Integer votes, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        return harvestAction(processId, id, () -> recordHarvest.setVotes(id, required("optionId", optionId), tableId, required("votes", votes)), response,
                model, redirect);
    }

    @PostMapping(BASE + "/{id}/harvest/synthesis")
    String synthesis(@PathVariable long processId, @PathVariable long id, @RequestParam(required = false) String synthesis,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return harvestAction(processId, id, () -> recordHarvest.saveSynthesis(id, synthesis), response, model, redirect);
    }

    @PostMapping(BASE + "/{id}/harvest/remove")
    String remove(@PathVariable long processId, @PathVariable long id, @RequestParam(defaultValue = "false") boolean group,
            @RequestParam(required = false) Long target, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return harvestAction(processId, id, () -> recordHarvest.remove(id, group, required("target", target)), response, model, redirect);
    }

    @PostMapping(BASE + "/{id}/harvest/propose")
    String propose(@PathVariable long processId, @PathVariable long id, @RequestParam(defaultValue = "false") boolean group,
            @RequestParam(required = false) Long target, @RequestParam(required = false) ProposalKind kind,
            @RequestParam(required = false) String title, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        var meeting = meeting(processId, id);
        long[] created = new long[1];
        return Forms.refusalOf(response, () -> created[0] = toProposal.handle(id,
                        new HarvestToProposal.Request(group, required("target", target), kind, title, null)))
                .map(refusal -> harvestPage(model, meeting, View.t(refusal.messageKey(), refusal.args())))
                .orElseGet(() -> {
                    Flash.success(redirect, "meetings.harvest.proposed");
                    return "redirect:/proposals/" + created[0];
                });
    }

    private String harvestAction(long processId, long id, Runnable action, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        var meeting = meeting(processId, id);
        return Forms.refusalOf(response, action)
                .map(refusal -> harvestPage(model, meeting, View.t(refusal.messageKey(), refusal.args())))
                .orElseGet(() -> {
                    Flash.success(redirect, "meetings.harvest.saved");
                    return "redirect:/admin/processes/" + processId + "/meetings/" + id + "/harvest";
                });
    }

    private String harvestPage(Model model, MeetingQueries.Detail meeting, String refusal) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("harvest", harvest.of(meeting.id()));
        model.addAttribute("parts", meeting.format().harvestParts().stream().map(Enum::name).toList());
        model.addAttribute("refusal", refusal);
        return "meetings/admin/harvest";
    }

    // --- helpers

    /** A value the form always sends; without it (a hand-made request) the answer is a clear refusal. */
    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "NotNull");
        }
        return value;
    }

    /** The meeting, if it is of this process and the viewer organises that process. */
    private MeetingQueries.Detail meeting(long processId, long id) {
        permissions.requireOrganiser(processId);
        return queries.detailForTeam(id).filter(m -> m.processId() == processId)
                .orElseThrow(() -> new NotFoundException("meeting " + id));
    }
}
