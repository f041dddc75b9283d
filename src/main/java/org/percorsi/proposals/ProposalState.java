package org.percorsi.proposals;

import java.util.Set;

/** Where a proposal stands; the last five are answers, each with a public motivation. */
public enum ProposalState {
    SUBMITTED, UNDER_EVALUATION, ACCEPTED, PARTLY_ACCEPTED, REJECTED, MERGED, WITHDRAWN;

    public static final Set<ProposalState> ANSWERS = Set.of(ACCEPTED, PARTLY_ACCEPTED, REJECTED, MERGED);

    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_EVALUATION;
    }
}
