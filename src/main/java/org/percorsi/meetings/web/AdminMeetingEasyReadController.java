package org.percorsi.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.usecases.MeetingEasyReadForm;
import org.percorsi.meetings.usecases.WriteMeetingEasyRead;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A meeting's easy-read summary, written by the process's organisers ({@link WriteMeetingEasyRead} checks). */
@Controller
class AdminMeetingEasyReadController {

    static final String PATH = AdminMeetingScheduleController.BASE + "/{id}/easy-read";

    private final MeetingQueries queries;
    private final WriteMeetingEasyRead write;

    AdminMeetingEasyReadController(MeetingQueries queries, WriteMeetingEasyRead write) {
        this.queries = queries;
        this.write = write;
    }

    @GetMapping(PATH)
    String page(@PathVariable long processId, @PathVariable long id, Model model) {
        var meeting = queries.teamMeeting(processId, id); // checks the viewer organises the process
        return render(
                model,
                processId,
                meeting.id(),
                meeting.title(),
                new MeetingEasyReadForm(queries.easyRead(meeting.id()).orElse("")),
                FormErrors.none());
    }

    @PostMapping(PATH)
    String save(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute MeetingEasyReadForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        long meetingId = queries.ofProcess(processId, id);
        if (Forms.attempt(result, response, () -> write.handle(meetingId, form))) {
            Flash.success(redirect, "meetings.easyRead.saved");
            return "redirect:/admin/processes/" + processId + "/meetings/" + meetingId;
        }
        var meeting = queries.teamMeeting(processId, id);
        return render(model, processId, meetingId, meeting.title(), form, FormErrors.of(result));
    }

    private String render(
            Model model, long processId, long meetingId, String title, MeetingEasyReadForm form, FormErrors errors) {
        model.addAttribute("processId", processId);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("meetingTitle", title);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "meetings/admin/easyRead";
    }
}
