package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.domain.SessionStore;
import org.percorsi.stakeholders.domain.SessionStore.SessionRow;
import org.springframework.stereotype.Component;

/** What the writes of a table's sessions check: the permission, the session, its date, the meeting, the texts. */
@Component
class SessionRules {

    static final int MAX_TITLE = 200;
    static final int MAX_AGENDA = 10_000;
    static final int MAX_DECISION = 4000;
    static final int MAX_MINUTES = 200_000;

    private final StakeholderRules permissions;
    private final SessionStore sessions;
    private final ProcessesApi processes;
    private final MeetingsApi meetings;
    private final Clock clock;

    SessionRules(
            StakeholderRules permissions,
            SessionStore sessions,
            ProcessesApi processes,
            MeetingsApi meetings,
            Clock clock) {
        this.permissions = permissions;
        this.sessions = sessions;
        this.processes = processes;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The one permission of every write: the process's table is managed by the viewer (and the process exists). */
    void tableManagedByViewer(long processId) {
        permissions.tableManagedByViewer(processId);
        if (processes.titleForTeam(processId).isEmpty()) {
            throw new NotFoundException("process " + processId);
        }
    }

    /** The session, locked, after the permission; not found when the process has no session with that number. */
    SessionRow session(long processId, int number) {
        tableManagedByViewer(processId);
        return sessions.lock(processId, number)
                .orElseThrow(() -> new NotFoundException("session " + number + " of process " + processId));
    }

    /** A session is recorded (attendance, decisions, minutes) only from its day on, never ahead of time. */
    SessionRow held(SessionRow session) {
        LocalDate today = today();
        if (session.heldOn().isAfter(today)) {
            throw RuleViolation.global("stakeholders.sessions.notYetHeld", session.number(), day(session.heldOn()));
        }
        return session;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ROME));
    }

    /**
     * The date of a session held as this meeting (if any): the form's date, else the meeting's; they must agree.
     * The meeting must be one of the process's, and not held already as another session.
     */
    LocalDate dateWithMeeting(long processId, long sessionId, SessionForm form) {
        if (form.meetingId() == null) {
            return present("heldOn", form.heldOn());
        }
        var meeting = meetings.slots(List.of(form.meetingId())).get(form.meetingId());
        if (meeting == null || meeting.processId() != processId) {
            throw new RuleViolation("meetingId", "stakeholders.sessions.unknownMeeting");
        }
        sessions.sessionAtMeeting(form.meetingId(), sessionId).ifPresent(other -> {
            throw new RuleViolation("meetingId", "stakeholders.sessions.meetingTaken", other);
        });
        LocalDate meetingDay = meeting.startsAt().atZone(TimeConfiguration.ROME).toLocalDate();
        if (form.heldOn() != null && !form.heldOn().equals(meetingDay)) {
            throw new RuleViolation("heldOn", "stakeholders.sessions.dateNotMeeting", day(meetingDay));
        }
        return meetingDay;
    }

    /** Sessions follow one another: session n is not before session n - 1, nor after session n + 1. */
    void inOrder(long processId, int number, LocalDate heldOn) {
        sessions.dateOf(processId, number - 1).filter(heldOn::isBefore).ifPresent(previous -> {
            throw new RuleViolation("heldOn", "stakeholders.sessions.beforePrevious", number - 1, day(previous));
        });
        sessions.dateOf(processId, number + 1).filter(heldOn::isAfter).ifPresent(next -> {
            throw new RuleViolation("heldOn", "stakeholders.sessions.afterNext", number + 1, day(next));
        });
    }

    /**
     * A date as a message argument ({@code {1,date,long}} writes it in the reader's language): noon of that day in
     * the machine's zone, so that no zone moves it to another day.
     */
    static Date day(LocalDate date) {
        return Date.from(
                date.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant());
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "stakeholders.sessions.required");
        }
        return value;
    }

    static String required(String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "stakeholders.sessions.required");
        }
        String text = optional(field, value, max);
        if (text.length() < min) {
            throw new RuleViolation(field, "stakeholders.sessions.tooShort", min);
        }
        return text;
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new RuleViolation(field, "stakeholders.sessions.tooLong", max);
        }
        return text;
    }
}
