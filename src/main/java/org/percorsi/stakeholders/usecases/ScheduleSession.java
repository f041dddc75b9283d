package org.percorsi.stakeholders.usecases;

import org.percorsi.stakeholders.TableSessionChanged;
import org.percorsi.stakeholders.domain.SessionStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager schedules the next session of the process's negotiation table: it takes the next number, and its date
 * is not before the previous session's. The first session's date is the one that makes later members "later
 * joiners".
 */
@Service
public class ScheduleSession {

    private final SessionRules rules;
    private final SessionStore sessions;
    private final ApplicationEventPublisher events;

    ScheduleSession(SessionRules rules, SessionStore sessions, ApplicationEventPublisher events) {
        this.rules = rules;
        this.sessions = sessions;
        this.events = events;
    }

    /** Returns the new session's number. */
    @Transactional
    public int handle(long processId, SessionForm form) {
        rules.tableManagedByViewer(processId);
        String title = SessionRules.required("title", form.title(), 2, SessionRules.MAX_TITLE);
        String agenda = SessionRules.optional("agenda", form.agenda(), SessionRules.MAX_AGENDA);
        var heldOn = rules.dateWithMeeting(processId, -1, form);
        sessions.lockNumbering(processId);
        int number = sessions.nextNumber(processId);
        rules.inOrder(processId, number, heldOn);
        sessions.insert(processId, number, title, heldOn, form.meetingId(), agenda);
        events.publishEvent(new TableSessionChanged(processId, number));
        return number;
    }
}
