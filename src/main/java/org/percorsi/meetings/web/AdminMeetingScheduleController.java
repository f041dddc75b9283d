package org.percorsi.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.queries.MeetingQueries.TeamProcess;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.PageResult;
import org.percorsi.shared.web.View;
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
 * Back office of a process's meetings, the schedule: the list, a new meeting, changing or cancelling one.
 * {@link ScheduleMeeting} checks who may act; the pages check through the query they show
 * ({@link MeetingQueries#teamProcess}, {@link MeetingQueries#teamMeeting}).
 */
@Controller
class AdminMeetingScheduleController {

    static final String BASE = "/admin/processes/{processId}/meetings";

    private final ScheduleMeeting schedule;
    private final MeetingQueries queries;
    private final ProcessesApi processes;
    private final OrganisationApi organisation;

    AdminMeetingScheduleController(
            ScheduleMeeting schedule, MeetingQueries queries, ProcessesApi processes, OrganisationApi organisation) {
        this.schedule = schedule;
        this.queries = queries;
        this.processes = processes;
        this.organisation = organisation;
    }

    @GetMapping(BASE)
    String list(@PathVariable long processId, @RequestParam(required = false) Integer page, Model model) {
        var process = queries.teamProcess(processId);
        model.addAttribute("process", process);
        model.addAttribute("result", queries.listForTeam(process, PageResult.clampPage(page)));
        return "meetings/admin/list";
    }

    @GetMapping(BASE + "/new")
    String newForm(@PathVariable long processId, Model model) {
        return form(model, queries.teamProcess(processId), null, MeetingForm.blank(), FormErrors.none(), null);
    }

    @PostMapping(BASE)
    String create(
            @PathVariable long processId,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.attempt(result, response, () -> schedule.create(processId, form))
                .map(id -> {
                    Flash.success(redirect, "meetings.saved");
                    return "redirect:" + meetingUrl(processId, id);
                })
                .orElseGet(() -> {
                    model.addAttribute("confirmPast", asksToConfirmThePast(result, form));
                    return form(model, queries.teamProcess(processId), null, form, FormErrors.of(result), null);
                });
    }

    @GetMapping(BASE + "/{id}")
    String edit(@PathVariable long processId, @PathVariable long id, Model model) {
        var meeting = queries.teamMeeting(processId, id);
        return form(model, processOf(meeting), meeting, formOf(meeting), FormErrors.none(), null);
    }

    @PostMapping(BASE + "/{id}")
    String update(
            @PathVariable long processId,
            @PathVariable long id,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        long meetingId = queries.ofProcess(processId, id);
        if (Forms.attempt(result, response, () -> schedule.update(meetingId, form))) {
            Flash.success(redirect, "meetings.saved");
            return "redirect:" + meetingUrl(processId, id);
        }
        model.addAttribute("confirmPast", asksToConfirmThePast(result, form));
        var meeting = queries.teamMeeting(processId, id);
        return form(model, processOf(meeting), meeting, form, FormErrors.of(result), null);
    }

    @PostMapping(BASE + "/{id}/cancel")
    String cancel(
            @PathVariable long processId,
            @PathVariable long id,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        long meetingId = queries.ofProcess(processId, id);
        return Forms.act(
                () -> schedule.cancel(meetingId),
                response,
                redirect,
                "meetings.cancelled",
                meetingUrl(processId, id),
                refusal -> {
                    var meeting = queries.teamMeeting(processId, id);
                    return form(
                            model,
                            processOf(meeting),
                            meeting,
                            formOf(meeting),
                            FormErrors.none(),
                            View.t(refusal.messageKey(), refusal.args()));
                });
    }

    /** The confirmation that a meeting starting in the past took place: asked for, or given and kept. */
    private static boolean asksToConfirmThePast(BindingResult result, MeetingForm form) {
        return Boolean.TRUE.equals(form.alreadyHeld())
                || result.getFieldErrors("startsAt").stream()
                        .anyMatch(error -> "meetings.startsInThePast".equals(error.getCode()));
    }

    private String form(
            Model model,
            TeamProcess process,
            MeetingQueries.Detail meeting,
            MeetingForm form,
            FormErrors errors,
            String refusal) {
        model.addAttribute("process", process);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("phases", processes.phases(process.id()));
        model.addAttribute("themes", organisation.themes());
        model.addAttribute("scopes", organisation.scopeTree());
        model.addAttribute("refusal", refusal);
        return "meetings/admin/form";
    }

    private static TeamProcess processOf(MeetingQueries.Detail meeting) {
        return new TeamProcess(meeting.processId(), meeting.processTitle());
    }

    static String meetingUrl(long processId, long meetingId) {
        return "/admin/processes/" + processId + "/meetings/" + meetingId;
    }

    private static MeetingForm formOf(MeetingQueries.Detail m) {
        return new MeetingForm(
                m.title(),
                m.format(),
                m.phaseId(),
                m.themeId(),
                m.scopeId(),
                RichText.forEditing(m.descriptionHtml()),
                local(m.startsAt()),
                local(m.endsAt()),
                m.address(),
                m.room(),
                m.accessibilityNotes(),
                m.onlineUrl(),
                m.latitude(),
                m.longitude(),
                m.audience(),
                RichText.forEditing(m.agendaHtml()),
                m.facilitators(),
                m.reserved(),
                m.registrationEnabled(),
                m.capacity(),
                m.waitingList(),
                m.registrationClosesAt() == null ? null : local(m.registrationClosesAt()),
                String.join("\n", m.questions()));
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ScheduleMeeting.ROME);
    }
}
