package org.percorsi.stakeholders.usecases;

import org.percorsi.stakeholders.DecisionOutcome;

/** A decision of a session: its text, its outcome and, when the table voted, the votes (all three or none). */
public record DecisionForm(
        String text, DecisionOutcome outcome, Integer votesFor, Integer votesAgainst, Integer abstentions) {}
