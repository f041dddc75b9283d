package org.percorsi.proposals;

/** Published whenever a proposal is submitted or answered, so that cross-cutting modules (search) can follow. */
public record ProposalChanged(long proposalId) {
}
