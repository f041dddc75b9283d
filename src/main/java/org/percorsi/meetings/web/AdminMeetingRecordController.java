package org.percorsi.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.usecases.RecordMeeting;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back office of a meeting, its record after it took place: minutes, attendance, photos and files, and
 * closing, which publishes the record. {@link RecordMeeting} checks who may write it; the page checks through
 * {@link MeetingQueries#teamMeeting}.
 */
@Controller
class AdminMeetingRecordController {

    private static final String BASE = AdminMeetingScheduleController.BASE + "/{id}";

    private final RecordMeeting record;
    private final MeetingQueries queries;

    AdminMeetingRecordController(RecordMeeting record, MeetingQueries queries) {
        this.record = record;
        this.queries = queries;
    }

    @GetMapping(BASE + "/record")
    String recordForm(@PathVariable long processId, @PathVariable long id, Model model) {
        return recordAsSaved(model, processId, id, null);
    }

    @PostMapping(BASE + "/record")
    String saveRecord(
            @PathVariable long processId,
            @PathVariable long id,
            @RequestParam(required = false) String minutes,
            @RequestParam Map<String, String> fields,
            @RequestParam(required = false) List<MultipartFile> files,
            @RequestParam(required = false) String caption,
            @RequestParam(defaultValue = "save") String action,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        long meetingId = queries.ofProcess(processId, id);
        boolean close = "close".equals(action);
        return Forms.act(
                () -> record.save(meetingId, new RecordMeeting.RecordForm(minutes, fields, files, caption), close),
                response,
                redirect,
                close ? "meetings.closed" : "meetings.recordSaved",
                recordUrl(processId, id),
                refusal -> page(
                        model,
                        queries.teamMeeting(processId, id),
                        minutes == null ? "" : minutes,
                        fields,
                        FormErrors.of(refusal),
                        refusal.field() == null ? View.t(refusal.messageKey(), refusal.args()) : null));
    }

    @PostMapping(BASE + "/files/{fileId}/remove")
    String removeFile(
            @PathVariable long processId,
            @PathVariable long id,
            @PathVariable UUID fileId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        long meetingId = queries.ofProcess(processId, id);
        return Forms.act(
                () -> record.removeFile(meetingId, fileId),
                response,
                redirect,
                "meetings.fileRemoved",
                recordUrl(processId, id),
                refusal -> recordAsSaved(model, processId, id, View.t(refusal.messageKey(), refusal.args())));
    }

    /** The record page with what is saved so far. */
    private String recordAsSaved(Model model, long processId, long id, String refusal) {
        var meeting = queries.teamMeeting(processId, id);
        Map<String, String> counts = new HashMap<>();
        queries.attendance(id).forEach(c -> counts.put(c.dimension() + "." + c.bucket(), String.valueOf(c.people())));
        return page(
                model,
                meeting,
                meeting.minutesHtml() == null ? "" : meeting.minutesHtml(),
                counts,
                FormErrors.none(),
                refusal);
    }

    private String page(
            Model model,
            MeetingQueries.Detail meeting,
            String minutes,
            Map<String, String> counts,
            FormErrors errors,
            String refusal) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("minutes", minutes);
        model.addAttribute("counts", counts);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("files", queries.files(meeting.id()));
        return "meetings/admin/record";
    }

    private static String recordUrl(long processId, long id) {
        return AdminMeetingScheduleController.meetingUrl(processId, id) + "/record";
    }
}
