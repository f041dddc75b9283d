package org.percorsi.proposals;

/** What a contribution is: a need (esigenza), a project idea, or a proposal. */
public enum ProposalKind {
    NEED,
    IDEA,
    PROPOSAL
}
