package org.percorsi.proposals;

import org.percorsi.shared.events.PublicContentChanged;

/** Published when a proposal changes state (under evaluation, answered, merged): its author hears of it. */
public record ProposalAnswered(long proposalId, ProposalState state) implements PublicContentChanged {
}
