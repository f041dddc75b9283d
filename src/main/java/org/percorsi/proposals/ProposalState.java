package org.percorsi.proposals;

import java.util.List;
import java.util.Set;

/**
 * Where a proposal stands. Every state but SUBMITTED is the decision of an answer (seven, {@link #DECISIONS},
 * a withdrawal by its author included): the proposal's state is its latest answer's decision (see
 * {@code AnswerProposal}). Six of them answer it for good ({@link #ANSWERS}); UNDER_EVALUATION does not.
 */
public enum ProposalState {
    SUBMITTED,
    UNDER_EVALUATION,
    ACCEPTED,
    PARTLY_ACCEPTED,
    REJECTED,
    MERGED,
    ALREADY_PLANNED,
    WITHDRAWN;

    /** The decisions that answer a proposal for good ("under evaluation" only says it is being looked at). */
    public static final Set<ProposalState> ANSWERS =
            Set.of(ACCEPTED, PARTLY_ACCEPTED, REJECTED, MERGED, ALREADY_PLANNED, WITHDRAWN);

    /** What the municipality may decide in an answer, in the order its form offers them. */
    public static final List<ProposalState> DECISIONS =
            List.of(UNDER_EVALUATION, ACCEPTED, PARTLY_ACCEPTED, REJECTED, MERGED, ALREADY_PLANNED, WITHDRAWN);

    /** Still waiting for its answer: it may be supported and withdrawn by its author (comments stay open after). */
    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_EVALUATION;
    }

    /** Supports count only while the municipality has not answered. */
    public boolean isSupportable() {
        return isOpen();
    }

    /**
     * The transitions, stated once. An answer may be revised (the earlier one stays in the history), a
     * merge undone; nothing goes back to "submitted"; a withdrawal is final (the author may submit again),
     * and the author may withdraw only while the proposal waits for its answer.
     */
    public boolean canBecome(ProposalState next, boolean byItsAuthor) {
        if (this == WITHDRAWN || next == SUBMITTED) {
            return false;
        }
        return !byItsAuthor || (next == WITHDRAWN && isOpen());
    }

    /** Every answer is motivated in public, except a full acceptance. */
    public boolean needsMotivation() {
        return this != ACCEPTED;
    }
}
