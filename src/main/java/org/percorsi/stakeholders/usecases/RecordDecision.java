package org.percorsi.stakeholders.usecases;

import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.stakeholders.TableSessionChanged;
import org.percorsi.stakeholders.domain.DecisionStore;
import org.percorsi.stakeholders.domain.DecisionStore.Votes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager records a decision of a session, from its day on: numbered 1, 2, 3… in the order recorded, with its
 * text, its outcome and, when the table voted, the votes.
 */
@Service
public class RecordDecision {

    private final SessionRules rules;
    private final DecisionStore decisions;
    private final ApplicationEventPublisher events;

    RecordDecision(SessionRules rules, DecisionStore decisions, ApplicationEventPublisher events) {
        this.rules = rules;
        this.decisions = decisions;
        this.events = events;
    }

    /** Returns the decision's number within its session. */
    @Transactional
    public int handle(long processId, int number, DecisionForm form) {
        var session = rules.held(rules.session(processId, number));
        String text = SessionRules.required("text", form.text(), 2, SessionRules.MAX_DECISION);
        var outcome = SessionRules.present("outcome", form.outcome());
        int decision = decisions.insert(session.id(), text, outcome.name(), votes(form));
        events.publishEvent(new TableSessionChanged(processId, number));
        return decision;
    }

    /** All three counts, or none (the table decided by consensus). */
    private static Votes votes(DecisionForm form) {
        if (form.votesFor() == null && form.votesAgainst() == null && form.abstentions() == null) {
            return null;
        }
        if (form.votesFor() == null || form.votesAgainst() == null || form.abstentions() == null) {
            throw new RuleViolation("votesFor", "stakeholders.sessions.decision.votesTogether");
        }
        for (var count : new String[] {"votesFor", "votesAgainst", "abstentions"}) {
            int value = switch (count) {
                case "votesFor" -> form.votesFor();
                case "votesAgainst" -> form.votesAgainst();
                default -> form.abstentions();
            };
            if (value < 0 || value > 100_000) {
                throw new RuleViolation(count, "stakeholders.sessions.decision.votesRange");
            }
        }
        return new Votes(form.votesFor(), form.votesAgainst(), form.abstentions());
    }
}
