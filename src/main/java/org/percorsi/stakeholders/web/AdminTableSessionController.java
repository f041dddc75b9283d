package org.percorsi.stakeholders.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.View;
import org.percorsi.stakeholders.DecisionOutcome;
import org.percorsi.stakeholders.queries.SessionQueries;
import org.percorsi.stakeholders.queries.SessionQueries.Session;
import org.percorsi.stakeholders.usecases.ApproveMinutes;
import org.percorsi.stakeholders.usecases.AttendanceForm;
import org.percorsi.stakeholders.usecases.DecisionForm;
import org.percorsi.stakeholders.usecases.EditSession;
import org.percorsi.stakeholders.usecases.MinutesApprovalForm;
import org.percorsi.stakeholders.usecases.MinutesForm;
import org.percorsi.stakeholders.usecases.RecordAttendance;
import org.percorsi.stakeholders.usecases.RecordDecision;
import org.percorsi.stakeholders.usecases.ScheduleSession;
import org.percorsi.stakeholders.usecases.SessionForm;
import org.percorsi.stakeholders.usecases.WriteMinutes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office of a process's negotiation table sessions: the list with a form for the next session, and a
 * session's page (its details, the attendance grid, its decisions, its minutes and the approval of earlier
 * minutes). Every form works without JavaScript; the use cases check who may act.
 */
@Controller
class AdminTableSessionController {

    static final String BASE = "/admin/processes/{processId}/table/sessions";

    /** The name of an organisation's select in the attendance grid: {@code org-<organisation id>}. */
    private static final String GRID_FIELD = "org-";

    private final SessionQueries queries;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;
    private final ScheduleSession schedule;
    private final EditSession edit;
    private final RecordAttendance attendance;
    private final RecordDecision decide;
    private final WriteMinutes minutes;
    private final ApproveMinutes approve;

    AdminTableSessionController(
            SessionQueries queries,
            ProcessesApi processes,
            ProcessPermissions permissions,
            ScheduleSession schedule,
            EditSession edit,
            RecordAttendance attendance,
            RecordDecision decide,
            WriteMinutes minutes,
            ApproveMinutes approve) {
        this.queries = queries;
        this.processes = processes;
        this.permissions = permissions;
        this.schedule = schedule;
        this.edit = edit;
        this.attendance = attendance;
        this.decide = decide;
        this.minutes = minutes;
        this.approve = approve;
    }

    static String listUrl(long processId) {
        return "/admin/processes/" + processId + "/table/sessions";
    }

    static String sessionUrl(long processId, int number) {
        return listUrl(processId) + "/" + number;
    }

    @GetMapping(BASE)
    String list(@PathVariable long processId, @RequestParam(required = false) Integer page, Model model) {
        return listPage(model, processId, page, new SessionForm(null, null, null, null), FormErrors.none());
    }

    @PostMapping(BASE)
    String scheduleSession(
            @PathVariable long processId,
            @ModelAttribute SessionForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Forms.Done(
                        "stakeholders.sessions.scheduled", sessionUrl(processId, schedule.handle(processId, form))),
                response,
                redirect,
                refusal -> listPage(model, processId, null, form, FormErrors.of(refusal)));
    }

    @GetMapping(BASE + "/{number}")
    String show(@PathVariable long processId, @PathVariable int number, Model model) {
        return sessionPage(model, processId, number, null);
    }

    @PostMapping(BASE + "/{number}")
    String editSession(
            @PathVariable long processId,
            @PathVariable int number,
            @ModelAttribute SessionForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> edit.handle(processId, number, form),
                response,
                redirect,
                "stakeholders.sessions.saved",
                sessionUrl(processId, number),
                refusal -> {
                    model.addAttribute("sessionForm", form);
                    model.addAttribute("sessionErrors", FormErrors.of(refusal));
                    return sessionPage(model, processId, number, null);
                });
    }

    @PostMapping(BASE + "/{number}/attendance")
    String recordAttendance(
            @PathVariable long processId,
            @PathVariable int number,
            @RequestParam Map<String, String> fields,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Map<Long, String> choices = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(GRID_FIELD)
                    && name.substring(GRID_FIELD.length()).matches("[0-9]{1,18}")) {
                choices.put(Long.parseLong(name.substring(GRID_FIELD.length())), value);
                typed.put(name, value);
            }
        });
        return Forms.act(
                () -> attendance.handle(processId, number, new AttendanceForm(choices)),
                response,
                redirect,
                "stakeholders.sessions.attendanceSaved",
                sessionUrl(processId, number) + "#attendance-heading",
                refusal -> {
                    model.addAttribute("attendanceErrors", FormErrors.of(refusal));
                    return sessionPage(model, processId, number, typed);
                });
    }

    @PostMapping(BASE + "/{number}/decisions")
    String recordDecision(
            @PathVariable long processId,
            @PathVariable int number,
            @ModelAttribute DecisionForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> decide.handle(processId, number, form),
                response,
                redirect,
                "stakeholders.sessions.decisionRecorded",
                sessionUrl(processId, number) + "#decisions-heading",
                refusal -> {
                    model.addAttribute("decisionForm", form);
                    model.addAttribute("decisionErrors", FormErrors.of(refusal));
                    return sessionPage(model, processId, number, null);
                });
    }

    @PostMapping(BASE + "/{number}/minutes")
    String writeMinutes(
            @PathVariable long processId,
            @PathVariable int number,
            @ModelAttribute MinutesForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> minutes.handle(processId, number, form),
                response,
                redirect,
                "stakeholders.sessions.minutesSaved",
                sessionUrl(processId, number) + "#minutes-heading",
                refusal -> {
                    model.addAttribute("minutesText", form.minutes() == null ? "" : form.minutes());
                    model.addAttribute("minutesErrors", FormErrors.of(refusal));
                    return sessionPage(model, processId, number, null);
                });
    }

    @PostMapping(BASE + "/{number}/approve")
    String approveMinutes(
            @PathVariable long processId,
            @PathVariable int number,
            @ModelAttribute MinutesApprovalForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> approve.handle(processId, number, form),
                response,
                redirect,
                "stakeholders.sessions.minutesApproved",
                sessionUrl(processId, number) + "#approval-heading",
                refusal -> {
                    model.addAttribute("approvalErrors", FormErrors.of(refusal));
                    return sessionPage(model, processId, number, null);
                });
    }

    private String listPage(Model model, long processId, Integer page, SessionForm form, FormErrors errors) {
        permissions.requireCanManage(processId);
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("result", queries.list(processId, page));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("meetingOptions", meetingOptions(processId));
        model.addAttribute("publicUrl", publicUrl(processId, null));
        return "stakeholders/sessions/admin/list";
    }

    /**
     * A session's page, with the forms as saved; a form refused just now keeps what was typed and its errors
     * (already in the model; the attendance grid's choices as typed in {@code typedChoices}).
     */
    private String sessionPage(Model model, long processId, int number, Map<String, String> typedChoices) {
        permissions.requireCanManage(processId);
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        Session session =
                queries.session(processId, number).orElseThrow(() -> new NotFoundException("session " + number));
        var recorded = queries.attendanceForTeam(session.id());
        Map<String, String> saved = new HashMap<>();
        recorded.forEach(a -> saved.put(
                GRID_FIELD + a.organisationId(),
                a.representativeId() == null ? a.status() : a.status() + ":" + a.representativeId()));
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("session", session);
        model.addAttribute("meeting", queries.meetingForTeam(session).orElse(null));
        model.addAttribute("meetingOptions", meetingOptions(processId));
        model.addAttribute("attended", recorded);
        model.addAttribute("grid", grid(session, typedChoices == null ? saved : typedChoices));
        model.addAttribute("decisions", queries.decisions(session.id()));
        model.addAttribute("outcomeOptions", outcomeOptions());
        model.addAttribute("approvable", queries.draftMinutesBefore(processId, number));
        model.addAttribute("heldAlready", !session.heldOn().isAfter(processes.today()));
        model.addAttribute("publicUrl", publicUrl(processId, number));
        defaults(
                model,
                "sessionForm",
                new SessionForm(session.title(), session.heldOn(), session.meetingId(), session.agenda()));
        defaults(model, "sessionErrors", FormErrors.none());
        defaults(model, "attendanceErrors", FormErrors.none());
        defaults(model, "decisionForm", new DecisionForm(null, null, null, null, null));
        defaults(model, "decisionErrors", FormErrors.none());
        defaults(model, "minutesText", RichText.forEditing(session.minutesHtml()));
        defaults(model, "minutesErrors", FormErrors.none());
        defaults(model, "approvalErrors", FormErrors.none());
        return "stakeholders/sessions/admin/session";
    }

    /** The public page of the sessions (or of one), when the process is published: null while it is a draft. */
    private String publicUrl(long processId, Integer number) {
        return processes
                .visibleById(processId)
                .map(p -> "/processes/" + p.slug() + "/table/sessions" + (number == null ? "" : "/" + number))
                .orElse(null);
    }

    private static void defaults(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }

    /** The grid of the members on the session's day, each select showing {@code shown} (as saved, or as typed). */
    private List<AttendanceGridLine> grid(Session session, Map<String, String> shown) {
        List<AttendanceGridLine> lines = new ArrayList<>();
        for (var row : queries.grid(session.processId(), session.heldOn())) {
            String field = GRID_FIELD + row.organisationId();
            List<Option> options = new ArrayList<>();
            options.add(new Option("PRESENT", View.t("stakeholders.sessions.choice.present")));
            for (var representative : row.representatives()) {
                if (representative.role().equals("MAIN")) {
                    options.add(new Option(
                            "PRESENT:" + representative.id(),
                            View.t("stakeholders.sessions.choice.presentAs", representative.name())));
                }
            }
            for (var representative : row.representatives()) {
                if (representative.role().equals("SUBSTITUTE")) {
                    options.add(new Option(
                            "SUBSTITUTE:" + representative.id(),
                            View.t("stakeholders.sessions.choice.substitute", representative.name())));
                }
            }
            options.add(new Option("ABSENT", View.t("stakeholders.sessions.choice.absent")));
            String selected = shown.get(field);
            lines.add(new AttendanceGridLine(field, row.organisation(), options, selected));
        }
        return lines;
    }

    private List<Option> meetingOptions(long processId) {
        return queries.meetingsOf(processId).stream()
                .map(m -> Option.of(m.id(), m.title() + " · " + View.timeSpan(m.startsAt(), m.endsAt())))
                .toList();
    }

    private static List<Option> outcomeOptions() {
        List<Option> options = new ArrayList<>();
        for (var outcome : DecisionOutcome.values()) {
            options.add(Option.of(outcome.name(), View.t("stakeholders.sessions.outcome." + outcome.name())));
        }
        return options;
    }
}
