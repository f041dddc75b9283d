package org.percorsi.proposals.usecases;

import java.time.LocalDate;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant supports a proposal, or withdraws their support, while its phase
 * lasts. One support per person: the database's primary key decides, so double
 * clicks and replays change nothing; the counter moves in the same transaction.
 */
@Service
public class SupportProposal {

    private final ProcessesApi processes;
    private final ProposalStore store;
    private final ProposalPermissions permissions;

    SupportProposal(ProcessesApi processes, ProposalStore store, ProposalPermissions permissions) {
        this.processes = processes;
        this.store = store;
        this.permissions = permissions;
    }

    /** Supports; true if this call added the support, false if it was already there. */
    @Transactional
    public boolean support(long proposalId) {
        var checked = check(proposalId);
        var head = checked.head();
        var settings = checked.settings();
        var account = permissions.requireParticipant(settings.levelToSupport());
        if (!settings.supportsEnabled()) {
            throw RuleViolation.global("proposals.supportsOff");
        }
        if (settings.maxSupports() != null
                && store.lockAndCountSupportsInProcess(head.processId(), account.id()) >= settings.maxSupports()) {
            throw RuleViolation.global("proposals.supportsExhausted", settings.maxSupports());
        }
        boolean added = store.support(proposalId, account.id());
        if (added) {
            stillOpen(proposalId);
        }
        return added;
    }

    /**
     * Why the viewer could not support this proposal (or withdraw their support) now, by the same checks as
     * {@link #support}: the page then says so instead of offering a button that would be refused. Empty when
     * they may, or when all that is missing is signing in (the page invites them to).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<RuleViolation> whyNot(long proposalId) {
        try {
            var settings = check(proposalId).settings();
            if (!settings.supportsEnabled()) {
                throw RuleViolation.global("proposals.supportsOff");
            }
            permissions.requireParticipant(settings.levelToSupport());
            return java.util.Optional.empty();
        } catch (RuleViolation refused) {
            return java.util.Optional.of(refused);
        } catch (org.springframework.security.access.AccessDeniedException notSignedIn) {
            return java.util.Optional.empty();
        }
    }

    /** Withdraws; true if there was a support to withdraw. */
    @Transactional
    public boolean withdraw(long proposalId) {
        var account = permissions.requireParticipant(check(proposalId).settings().levelToSupport());
        boolean withdrawn = store.withdrawSupport(proposalId, account.id());
        if (withdrawn) {
            stillOpen(proposalId);
        }
        return withdrawn;
    }

    /**
     * Everything that does not need the proposal's row locked is checked first (visibility, the phase's
     * end). The row is locked only by a write that changes something (the counter's trigger updates it):
     * the many repeated clicks of a storm, which change nothing, never wait on one another.
     */
    private ProposalStore.HeadAndSettings check(long proposalId) {
        var checked = store.headAndSettings(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        var head = checked.head();
        var phase = processes.visiblePhase(head.processId(), head.phaseId())
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        LocalDate today = processes.today();
        if (phase.endDate() != null && today.isAfter(phase.endDate())) {
            throw RuleViolation.global("proposals.phaseEnded");
        }
        if (!head.state().isOpen()) {
            throw RuleViolation.global("proposals.notOpen");
        }
        return checked;
    }

    /**
     * After a support was added or withdrawn the counter's trigger has updated the proposal's row and holds
     * it, so an answer given meanwhile is either seen here (and the change rolled back) or comes after this
     * transaction. A plain read suffices: it sees this transaction's own version of the row. (Not "for
     * update": that conflicts with the key-share locks other supports' foreign keys hold, a deadlock.)
     */
    private void stillOpen(long proposalId) {
        var current = store.head(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        if (!current.state().isOpen()) {
            throw RuleViolation.global("proposals.notOpen"); // answered in the meantime
        }
    }
}
