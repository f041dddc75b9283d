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
        var checked = rules.check(proposalId);
        var account = permissions.requireParticipant(checked.settings().levelToSupport());
        if (checked.settings().maxSupports() != null) {
            // where supports are limited, a support of this person may hold their tally while it waits for
            // the support this withdrawal deletes: take the tally first, as it does, rather than wait in a circle
            store.lockSupportsInProcess(checked.head().processId(), account.id());
        }
        boolean withdrawn = store.withdrawSupport(proposalId, account.id());
        if (withdrawn) {
            rules.stillOpen(proposalId);
        }
        return withdrawn;
    }
}
