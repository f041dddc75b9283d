package org.percorsi.proposals.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.proposals.ProposalChanged;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The author withdraws their proposal while it has not been answered; the history keeps it. */
@Service
public class WithdrawProposal {

    private final ProposalStore store;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    WithdrawProposal(ProposalStore store, AccountsApi accounts, ApplicationEventPublisher events) {
        this.store = store;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public void handle(long proposalId) {
        long me = accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        var head = store.lock(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        if (head.authorId() == null || head.authorId() != me) {
            throw new AccessDeniedException("Only the author withdraws a proposal");
        }
        if (!head.state().isOpen()) {
            throw RuleViolation.global("proposals.notOpen");
        }
        // the author's own withdrawal is the proposal's answer, recorded as theirs and needing no motivation
        store.answer(proposalId, ProposalState.WITHDRAWN, null, null, null, me);
        events.publishEvent(new ProposalChanged(proposalId));
    }
}
