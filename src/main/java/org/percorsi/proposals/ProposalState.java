package org.percorsi.proposals;

import java.util.List;
import java.util.Set;

/**
 * Where a proposal stands. Every state but SUBMITTED is the decision of an answer: the proposal's
 * state is its latest answer's decision (see {@code AnswerProposal}).
 */
public enum ProposalState {
    SUBMITTED, UNDER_EVALUATION, ACCEPTED, PARTLY_ACCEPTED, REJECTED, MERGED, ALREADY_PLANNED, WITHDRAWN;

    /** The decisions that answer a proposal for good ("under evaluation" only says it is being looked at). */
    public static final Set<ProposalState> ANSWERS = Set.of(ACCEPTED, PARTLY_ACCEPTED, REJECTED, MERGED, ALREADY_PLANNED,
            WITHDRAWN);

    /** What the municipality may decide in an answer, in the order its form offers them. */
    public static final List<ProposalState> DECISIONS = List.of(UNDER_EVALUATION, ACCEPTED, PARTLY_ACCEPTED, REJECTED,
            MERGED, ALREADY_PLANNED, WITHDRAWN);

    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_EVALUATION;
    }

    /** Every answer is motivated in public, except a full acceptance. */
    public boolean needsMotivation() {
        return this != ACCEPTED;
    }
}
