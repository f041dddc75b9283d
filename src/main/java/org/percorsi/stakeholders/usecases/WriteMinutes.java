package org.percorsi.stakeholders.usecases;

import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.stakeholders.TableSessionChanged;
import org.percorsi.stakeholders.domain.SessionStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager writes a session's minutes, from its day on: rich text, sanitized when saved, kept as a draft (never
 * public) until a later session approves them; approved minutes are no longer changed.
 */
@Service
public class WriteMinutes {

    private final SessionRules rules;
    private final SessionStore sessions;
    private final ApplicationEventPublisher events;

    WriteMinutes(SessionRules rules, SessionStore sessions, ApplicationEventPublisher events) {
        this.rules = rules;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, int number, MinutesForm form) {
        var session = rules.held(rules.session(processId, number));
        if ("APPROVED".equals(session.minutesState())) {
            throw RuleViolation.global("stakeholders.sessions.minutes.approvedFrozen", number);
        }
        if (form.minutes() != null && form.minutes().length() > SessionRules.MAX_MINUTES) {
            throw new RuleViolation("minutes", "stakeholders.sessions.tooLong", SessionRules.MAX_MINUTES);
        }
        String html = RichText.sanitize(form.minutes());
        if (RichText.plainText(html).isBlank()) {
            throw new RuleViolation("minutes", "stakeholders.sessions.required");
        }
        sessions.writeMinutes(session.id(), html);
        events.publishEvent(new TableSessionChanged(processId, number));
    }
}
