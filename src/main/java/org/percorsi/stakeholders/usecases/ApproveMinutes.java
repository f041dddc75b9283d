package org.percorsi.stakeholders.usecases;

import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.stakeholders.TableSessionChanged;
import org.percorsi.stakeholders.domain.SessionStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session, once held, approves the draft minutes of an earlier session of the same table; the approval is
 * recorded as made in this session. Minutes cannot be approved by their own session or a later one's earlier
 * session, without a draft, or twice.
 */
@Service
public class ApproveMinutes {

    private final SessionRules rules;
    private final SessionStore sessions;
    private final ApplicationEventPublisher events;

    ApproveMinutes(SessionRules rules, SessionStore sessions, ApplicationEventPublisher events) {
        this.rules = rules;
        this.sessions = sessions;
        this.events = events;
    }

    /** Session {@code number} approves the minutes of session {@code form.earlier()}. */
    @Transactional
    public void handle(long processId, int number, MinutesApprovalForm form) {
        // the later session first: two approvals lock sessions in the same order (higher number first)
        var approving = rules.held(rules.session(processId, number));
        int earlier = SessionRules.present("earlier", form.earlier());
        if (earlier >= number) {
            throw new RuleViolation("earlier", "stakeholders.sessions.minutes.onlyLater", earlier, number);
        }
        var approved = sessions.lock(processId, earlier)
                .orElseThrow(() -> new RuleViolation("earlier", "stakeholders.sessions.unknownSession", earlier));
        switch (approved.minutesState()) {
            case "NONE" -> throw new RuleViolation("earlier", "stakeholders.sessions.minutes.none", earlier);
            case "APPROVED" ->
                throw new RuleViolation(
                        "earlier",
                        "stakeholders.sessions.minutes.alreadyApproved",
                        earlier,
                        sessions.numberOf(approved.minutesApprovedIn()));
            default -> sessions.approveMinutes(approved.id(), approving.id());
        }
        events.publishEvent(new TableSessionChanged(processId, earlier));
    }
}
