package org.percorsi.proposals.usecases;

import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.domain.ProposalStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant withdraws their support while the proposal is open and its phase lasts. Withdrawing a
 * support that is not there changes nothing (a double click, a replay).
 */
@Service
public class WithdrawSupport {

    private final SupportRules rules;
    private final ProposalStore store;
    private final ProposalPermissions permissions;

    WithdrawSupport(SupportRules rules, ProposalStore store, ProposalPermissions permissions) {
        this.rules = rules;
        this.store = store;
        this.permissions = permissions;
    }

    /** True if there was a support to withdraw. */
    @Transactional
    public boolean handle(long proposalId) {
        var account = permissions.requireParticipant(
                rules.check(proposalId).settings().levelToSupport());
        boolean withdrawn = store.withdrawSupport(proposalId, account.id());
        if (withdrawn) {
            rules.stillOpen(proposalId);
        }
        return withdrawn;
    }
}
