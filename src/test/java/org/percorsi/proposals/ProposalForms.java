package org.percorsi.proposals;

import org.percorsi.proposals.usecases.ProposalForm;

/** Proposal forms as tests submit them: a kind, a title and a text, nothing optional. */
public final class ProposalForms {

    private ProposalForms() {}

    public static ProposalForm of(ProposalKind kind, String title, String body) {
        return new ProposalForm(kind, title, body, null, null, null, null, null, null, null, null);
    }

    public static ProposalForm idea(String title) {
        return of(ProposalKind.IDEA, title, "Descrizione.");
    }
}
