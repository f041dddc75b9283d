package org.percorsi.proposals.usecases;

import org.percorsi.accounts.VerificationLevel;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person follows a proposal (to hear of its comments) or stops following it. */
@Service
public class FollowProposal {

    private final ProposalStore store;
    private final ProposalPermissions permissions;

    FollowProposal(ProposalStore store, ProposalPermissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    @Transactional
    public boolean follow(long proposalId, boolean follow) {
        var account = permissions.requireParticipant(VerificationLevel.UNVERIFIED);
        store.lock(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        return follow ? store.follow(proposalId, account.id()) : store.unfollow(proposalId, account.id());
    }
}
