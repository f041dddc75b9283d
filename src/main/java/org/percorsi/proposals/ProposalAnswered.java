package org.percorsi.proposals;

/** Published when a proposal changes state (under evaluation, answered, merged): its author hears of it. */
public record ProposalAnswered(long proposalId, ProposalState state) {
}
