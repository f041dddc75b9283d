package org.percorsi.meetings.web;

import org.percorsi.shared.richtext.RichText;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.usecases.MeetingForm;
import org.percorsi.meetings.usecases.RecordMeeting;
import org.percorsi.meetings.usecases.RegisterForMeeting;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back office of a process's meetings, for its managers and facilitators:
 * schedule and change, registrations and check-in, the record after the meeting
 * (minutes, attendance, files, closing). The method harvest has pages of its own (harvest module).
 */
@Controller
class AdminMeetingController {

    private final ScheduleMeeting schedule;
    private final RegisterForMeeting registrations;
    private final RecordMeeting record;
    private final MeetingQueries queries;
    private final MeetingPermissions permissions;
    private final ProcessesApi processes;
    private final OrganisationApi organisation;

    AdminMeetingController(ScheduleMeeting schedule, RegisterForMeeting registrations, RecordMeeting record,
            MeetingQueries queries, MeetingPermissions permissions, ProcessesApi processes,
            OrganisationApi organisation) {
        this.schedule = schedule;
        this.registrations = registrations;
        this.record = record;
        this.queries = queries;
        this.permissions = permissions;
        this.processes = processes;
        this.organisation = organisation;
    }

    private static final String BASE = "/admin/processes/{processId}/meetings";

    @GetMapping(BASE)
    String list(@PathVariable long processId, @RequestParam(required = false) Integer page, Model model) {
        permissions.requireOrganiser(processId);
        model.addAttribute("process", process(processId));
        model.addAttribute("result", queries.listForTeam(processId, PageResult.clampPage(page)));
        return "meetings/admin/list";
    }

    @GetMapping(BASE + "/new")
    String newForm(@PathVariable long processId, Model model) {
        permissions.requireOrganiser(processId);
        return form(model, processId, null, MeetingForm.blank(), FormErrors.none());
    }

    @PostMapping(BASE)
    String create(@PathVariable long processId, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        permissions.requireOrganiser(processId);
        return Forms.attempt(result, response, () -> schedule.create(processId, form))
                .map(id -> {
                    Flash.success(redirect, "meetings.saved");
                    return "redirect:/admin/processes/" + processId + "/meetings/" + id;
                })
                .orElseGet(() -> {
                    model.addAttribute("confirmPast", asksToConfirmThePast(result, form));
                    return form(model, processId, null, form, FormErrors.of(result));
                });
    }

    @GetMapping(BASE + "/{id}")
    String edit(@PathVariable long processId, @PathVariable long id, Model model) {
        var meeting = meeting(processId, id);
        return form(model, processId, meeting, formOf(meeting), FormErrors.none());
    }

    @PostMapping(BASE + "/{id}")
    String update(@PathVariable long processId, @PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var meeting = meeting(processId, id);
        if (Forms.attempt(result, response, () -> schedule.update(id, form))) {
            Flash.success(redirect, "meetings.saved");
            return "redirect:/admin/processes/" + processId + "/meetings/" + id;
        }
        model.addAttribute("confirmPast", asksToConfirmThePast(result, form));
        return form(model, processId, meeting, form, FormErrors.of(result));
    }

    /** The confirmation that a meeting starting in the past took place: asked for, or given and kept. */
    private static boolean asksToConfirmThePast(BindingResult result, MeetingForm form) {
        return Boolean.TRUE.equals(form.alreadyHeld()) || result.getFieldErrors("startsAt").stream()
                .anyMatch(error -> "meetings.startsInThePast".equals(error.getCode()));
    }

    @PostMapping(BASE + "/{id}/cancel")
    String cancel(@PathVariable long processId, @PathVariable long id, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        var meeting = meeting(processId, id);
        return Forms.refusalOf(response, () -> schedule.cancel(id))
                .map(refusal -> {
                    model.addAttribute("refusal", View.t(refusal.messageKey(), refusal.args()));
                    return form(model, processId, meeting, formOf(meeting), FormErrors.none());
                })
                .orElseGet(() -> {
                    Flash.success(redirect, "meetings.cancelled");
                    return "redirect:/admin/processes/" + processId + "/meetings/" + id;
                });
    }

    // --- registrations and check-in

    @GetMapping(BASE + "/{id}/registrations")
    String registrants(@PathVariable long processId, @PathVariable long id, Model model) {
        model.addAttribute("meeting", meeting(processId, id));
        model.addAttribute("registrants", queries.registrants(id));
        return "meetings/admin/registrations";
    }

    @PostMapping(BASE + "/{id}/registrations/{registrationId}/check-in")
    String checkIn(@PathVariable long processId, @PathVariable long id, @PathVariable long registrationId,
            @RequestParam(defaultValue = "true") boolean present, RedirectAttributes redirect) {
        meeting(processId, id);
        registrations.checkIn(id, registrationId, present);
        Flash.success(redirect, present ? "meetings.checkedIn" : "meetings.checkInUndone");
        return "redirect:/admin/processes/" + processId + "/meetings/" + id + "/registrations#registration-" + registrationId;
    }

    // --- after the meeting

    @GetMapping(BASE + "/{id}/record")
    String recordForm(@PathVariable long processId, @PathVariable long id, Model model) {
        var meeting = meeting(processId, id);
        Map<String, String> counts = new java.util.HashMap<>();
        queries.attendance(id).forEach(c -> counts.put(c.dimension() + "." + c.bucket(), String.valueOf(c.people())));
        return recordPage(model, meeting, meeting.minutesHtml() == null ? "" : meeting.minutesHtml(), counts,
                FormErrors.none(), null);
    }

    @PostMapping(BASE + "/{id}/record")
    String saveRecord(@PathVariable long processId, @PathVariable long id, @RequestParam(required = false) String minutes,
            @RequestParam Map<String, String> fields, @RequestParam(required = false) List<MultipartFile> files,
            @RequestParam(required = false) String caption, @RequestParam(defaultValue = "save") String action,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var meeting = meeting(processId, id);
        boolean close = "close".equals(action);
        try {
            record.save(id, new RecordMeeting.RecordForm(minutes, fields, files, caption), close);
        } catch (RuleViolation refusal) {
            response.setStatus(Forms.UNPROCESSABLE);
            return recordPage(model, meeting, minutes == null ? "" : minutes, fields, FormErrors.of(refusal),
                    refusal.field() == null ? View.t(refusal.messageKey(), refusal.args()) : null);
        }
        Flash.success(redirect, close ? "meetings.closed" : "meetings.recordSaved");
        return "redirect:/admin/processes/" + processId + "/meetings/" + id + "/record";
    }

    @PostMapping(BASE + "/{id}/files/{fileId}/remove")
    String removeFile(@PathVariable long processId, @PathVariable long id, @PathVariable UUID fileId,
            RedirectAttributes redirect) {
        meeting(processId, id);
        record.removeFile(id, fileId);
        Flash.success(redirect, "meetings.fileRemoved");
        return "redirect:/admin/processes/" + processId + "/meetings/" + id + "/record";
    }

    private String recordPage(Model model, MeetingQueries.Detail meeting, String minutes, Map<String, String> counts,
            FormErrors errors, String refusal) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("minutes", minutes);
        model.addAttribute("counts", counts);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("files", queries.files(meeting.id()));
        return "meetings/admin/record";
    }

    // --- helpers

    private ProcessRef process(long processId) {
        return processes.titleForTeam(processId).map(title -> new ProcessRef(processId, title))
                .orElseThrow(() -> new NotFoundException("process " + processId));
    }

    /** The meeting, if it is of this process and the viewer organises that process. */
    private MeetingQueries.Detail meeting(long processId, long id) {
        permissions.requireOrganiser(processId);
        return queries.detailForTeam(id).filter(m -> m.processId() == processId)
                .orElseThrow(() -> new NotFoundException("meeting " + id));
    }

    private String form(Model model, long processId, MeetingQueries.Detail meeting, MeetingForm form, FormErrors errors) {
        var process = process(processId);
        model.addAttribute("process", process);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("phases", processes.phases(processId));
        model.addAttribute("themes", organisation.themes());
        model.addAttribute("scopes", organisation.scopeTree());
        if (!model.containsAttribute("refusal")) {
            model.addAttribute("refusal", null);
        }
        return "meetings/admin/form";
    }

    private static MeetingForm formOf(MeetingQueries.Detail m) {
        return new MeetingForm(m.title(), m.format(), m.phaseId(), m.themeId(), m.scopeId(), RichText.forEditing(m.descriptionHtml()),
                local(m.startsAt()), local(m.endsAt()), m.address(), m.room(), m.accessibilityNotes(), m.onlineUrl(),
                m.latitude(), m.longitude(), m.audience(), RichText.forEditing(m.agendaHtml()), m.facilitators(), m.reserved(),
                m.registrationEnabled(), m.capacity(), m.waitingList(),
                m.registrationClosesAt() == null ? null : local(m.registrationClosesAt()), String.join("\n", m.questions()));
    }

    private static LocalDateTime local(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ScheduleMeeting.ROME);
    }
}
