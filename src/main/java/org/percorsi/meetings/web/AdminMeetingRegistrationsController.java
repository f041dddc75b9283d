package org.percorsi.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.usecases.RegisterForMeeting;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back office of a meeting, its registrations: who registered or waits, what they answered, and the check-in
 * at the door. {@link RegisterForMeeting} checks who may check people in; the page checks through
 * {@link MeetingQueries#teamMeeting}.
 */
@Controller
class AdminMeetingRegistrationsController {

    private static final String BASE = AdminMeetingScheduleController.BASE + "/{id}/registrations";

    private final RegisterForMeeting registrations;
    private final MeetingQueries queries;

    AdminMeetingRegistrationsController(RegisterForMeeting registrations, MeetingQueries queries) {
        this.registrations = registrations;
        this.queries = queries;
    }

    @GetMapping(BASE)
    String registrants(@PathVariable long processId, @PathVariable long id, Model model) {
        return page(model, processId, id, null);
    }

    @PostMapping(BASE + "/{registrationId}/check-in")
    String checkIn(
            @PathVariable long processId,
            @PathVariable long id,
            @PathVariable long registrationId,
            @RequestParam(defaultValue = "true") boolean present,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        long meetingId = queries.ofProcess(processId, id);
        return Forms.act(
                () -> registrations.checkIn(meetingId, registrationId, present),
                response,
                redirect,
                present ? "meetings.checkedIn" : "meetings.checkInUndone",
                AdminMeetingScheduleController.meetingUrl(processId, id) + "/registrations#registration-"
                        + registrationId,
                refusal -> page(model, processId, id, View.t(refusal.messageKey(), refusal.args())));
    }

    private String page(Model model, long processId, long id, String refusal) {
        model.addAttribute("meeting", queries.teamMeeting(processId, id));
        model.addAttribute("registrants", queries.registrants(id));
        model.addAttribute("refusal", refusal);
        return "meetings/admin/registrations";
    }
}
