package org.percorsi.programming.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.harvest.HarvestApi;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.queries.ProgrammingQueries;
import org.percorsi.programming.usecases.LinkHarvest;
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

/** Back office of a process's managers: link what a meeting produced to DUP objectives and actions. */
@Controller
class HarvestProgrammingController {

    private static final String BASE = "/admin/processes/{processId}/meetings/{meetingId}/programming";

    private final MeetingsApi meetings;
    private final HarvestApi harvest;
    private final ProgrammingQueries queries;
    private final LinkHarvest link;
    private final ProgrammingPermissions permissions;

    HarvestProgrammingController(
            MeetingsApi meetings,
            HarvestApi harvest,
            ProgrammingQueries queries,
            LinkHarvest link,
            ProgrammingPermissions permissions) {
        this.meetings = meetings;
        this.harvest = harvest;
        this.queries = queries;
        this.link = link;
        this.permissions = permissions;
    }

    @GetMapping(BASE)
    String page(
            @PathVariable long processId,
            @PathVariable long meetingId,
            @RequestParam(required = false) String q,
            Model model) {
        return page(model, meeting(processId, meetingId), q, null);
    }

    @PostMapping(BASE + "/link")
    String link(
            @PathVariable long processId,
            @PathVariable long meetingId,
            @RequestParam(required = false) String entry,
            @RequestParam(required = false) Long nodeId,
            @RequestParam(required = false) String note,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        // "G12": the group (table, cluster, theme) 12; "I34": the item (note, card, comment) 34
        boolean group = entry != null && entry.startsWith("G");
        Long entryId = entry != null && entry.matches("[GI]\\d{1,18}") ? Long.valueOf(entry.substring(1)) : null;
        return act(
                processId,
                meetingId,
                () -> link.link(meetingId, group, entryId, nodeId, note),
                "programming.link.done",
                response,
                model,
                redirect);
    }

    @PostMapping(BASE + "/unlink")
    String unlink(
            @PathVariable long processId,
            @PathVariable long meetingId,
            @RequestParam(required = false) Long linkId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                meetingId,
                () -> link.unlink(meetingId, linkId),
                "programming.link.removed",
                response,
                model,
                redirect);
    }

    /** The use case checks who may; refused, the page says why. */
    private String act(
            long processId,
            long meetingId,
            Runnable action,
            String doneKey,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                action,
                response,
                redirect,
                doneKey,
                "/admin/processes/" + processId + "/meetings/" + meetingId + "/programming",
                refusal -> page(
                        model, meetingOf(processId, meetingId), null, View.t(refusal.messageKey(), refusal.args())));
    }

    private MeetingsApi.MeetingRef meeting(long processId, long meetingId) {
        permissions.requireManagerOfProcess(processId);
        return meetingOf(processId, meetingId);
    }

    private MeetingsApi.MeetingRef meetingOf(long processId, long meetingId) {
        return meetings.meeting(meetingId)
                .filter(m -> m.processId() == processId)
                .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
    }

    private String page(Model model, MeetingsApi.MeetingRef meeting, String q, String refusal) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("entries", harvest.entriesOf(meeting.id()));
        model.addAttribute("links", queries.harvestLinksOfMeeting(meeting.id()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", queries.findNodes(q, 10));
        model.addAttribute("refusal", refusal);
        return "programming/admin/harvest";
    }
}
