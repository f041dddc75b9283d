package org.percorsi.proposals.usecases;

import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The author withdraws their proposal while it has not been answered; the history keeps it. */
@Service
public class WithdrawProposal {

    private final ProposalStore store;
    private final ProposalPermissions permissions;
    private final ProposalEvents events;

    WithdrawProposal(ProposalStore store, ProposalPermissions permissions, ProposalEvents events) {
        this.store = store;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional
    public void handle(long proposalId) {
        var head = store.lock(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        long me = permissions.requireAuthor(head.authorId());
        if (!head.state().canBecome(ProposalState.WITHDRAWN, true)) {
            throw RuleViolation.global("proposals.notOpen");
        }
        // the author's own withdrawal is the proposal's answer, recorded as theirs and needing no motivation
        store.answer(proposalId, ProposalState.WITHDRAWN, null, null, null, me);
        events.changed(proposalId);
    }
}
