package org.percorsi.harvest.usecases;

import org.percorsi.proposals.ProposalKind;

/**
 * The entry to turn into a proposal (a group when {@code group}, else an item), the kind of proposal, and its
 * title and text: blank, they are taken from the entry.
 */
public record HarvestProposalForm(Boolean group, Long target, ProposalKind kind, String title, String body) {

    /** Not sent (a hand-made request), it means an item, as the pages' forms say. */
    public HarvestProposalForm {
        group = Boolean.TRUE.equals(group);
    }
}
