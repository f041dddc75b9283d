package org.percorsi.proposals;

import org.percorsi.shared.events.PublicContentChanged;

/** Published whenever a proposal is submitted or answered, so that cross-cutting modules (search) can follow. */
public record ProposalChanged(long proposalId) implements PublicContentChanged {
}
