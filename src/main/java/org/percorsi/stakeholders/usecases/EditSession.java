package org.percorsi.stakeholders.usecases;

import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.stakeholders.TableSessionChanged;
import org.percorsi.stakeholders.domain.SessionStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager changes a session's title, date, meeting or agenda. Its date stays between the previous and the next
 * session's; a session whose attendance or decisions are recorded cannot be moved into the future.
 */
@Service
public class EditSession {

    private final SessionRules rules;
    private final SessionStore sessions;
    private final ApplicationEventPublisher events;

    EditSession(SessionRules rules, SessionStore sessions, ApplicationEventPublisher events) {
        this.rules = rules;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, int number, SessionForm form) {
        var session = rules.session(processId, number);
        String title = SessionRules.required("title", form.title(), 2, SessionRules.MAX_TITLE);
        String agenda = SessionRules.optional("agenda", form.agenda(), SessionRules.MAX_AGENDA);
        var heldOn = rules.dateWithMeeting(processId, session.id(), form);
        rules.inOrder(processId, number, heldOn);
        if (heldOn.isAfter(rules.today()) && sessions.recorded(session.id())) {
            throw new RuleViolation("heldOn", "stakeholders.sessions.recordedNotFuture", number);
        }
        sessions.update(session.id(), title, heldOn, form.meetingId(), agenda);
        events.publishEvent(new TableSessionChanged(processId, number));
    }
}
