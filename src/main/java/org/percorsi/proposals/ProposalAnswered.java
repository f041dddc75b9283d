package org.percorsi.proposals;

import org.percorsi.shared.events.PublicContentChanged;

/**
 * Published when the municipality answers a proposal (under evaluation, answered, merged): its author hears of
 * it, if they may still read it. {@code authorId} is null for a proposal typed in from paper or from a meeting.
 */
public record ProposalAnswered(long proposalId, long processId, String title, Long authorId, ProposalState state)
        implements PublicContentChanged {}
