package org.percorsi.proposals.usecases;

import java.util.Optional;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant supports a proposal while it is open and its phase lasts (withdrawing is
 * {@link WithdrawSupport}). One support per person: the database's primary key decides, so
 * double clicks and replays change nothing; the counter moves in the same statement, whose trigger also
 * refuses a support of a proposal answered meanwhile.
 */
@Service
public class SupportProposal {

    private final SupportRules rules;
    private final ProposalStore store;
    private final ProposalPermissions permissions;

    SupportProposal(SupportRules rules, ProposalStore store, ProposalPermissions permissions) {
        this.rules = rules;
        this.store = store;
        this.permissions = permissions;
    }

    /**
     * Supports; true if this call added the support, false if it was already there. No transaction of its own:
     * its one write (the person's tally, the support, the counter's trigger) is one statement, atomic by itself,
     * and what comes before it only reads; a transaction would add a COMMIT's round trip to the busiest write of a
     * voting window (issue #18). Called inside someone's transaction, it joins it.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean support(long proposalId) {
        var checked = rules.check(proposalId);
        var head = checked.head();
        var settings = checked.settings();
        var account = permissions.requireParticipant(settings.levelToSupport());
        if (!settings.supportsEnabled()) {
            throw RuleViolation.global("proposals.supportsOff");
        }
        var supported = settings.maxSupports() == null
                ? store.support(proposalId, account.id())
                : store.supportWithin(head.processId(), proposalId, account.id(), settings.maxSupports());
        // at the maximum, a second click on a support already counted is not refused: it changes nothing
        if (supported == ProposalStore.Supported.AT_MAXIMUM && !store.isSupportedBy(proposalId, account.id())) {
            throw RuleViolation.global("proposals.supportsExhausted", settings.maxSupports());
        }
        if (supported == ProposalStore.Supported.NOT_OPEN) {
            throw RuleViolation.global("proposals.notOpen"); // answered since the check above
        }
        return supported == ProposalStore.Supported.ADDED;
    }

    /**
     * Why the viewer could not support this proposal (or withdraw their support) now, by the same checks as
     * {@link #support}: the page then says so instead of offering a button that would be refused. Empty when
     * they may, or when all that is missing is signing in (the page invites them to).
     */
    @Transactional(readOnly = true)
    public Optional<RuleViolation> whyNot(long proposalId) {
        try {
            var settings = rules.check(proposalId).settings();
            if (!settings.supportsEnabled()) {
                throw RuleViolation.global("proposals.supportsOff");
            }
            permissions.requireParticipant(settings.levelToSupport());
            return Optional.empty();
        } catch (RuleViolation refused) {
            return Optional.of(refused);
        } catch (AccessDeniedException notSignedIn) {
            return Optional.empty();
        }
    }
}
