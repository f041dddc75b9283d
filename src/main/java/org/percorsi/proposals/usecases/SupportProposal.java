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
        var context = open(proposalId);
        var settings = store.participation(context.phaseId());
        var account = permissions.requireParticipant(settings.levelToSupport());
        if (!settings.supportsEnabled()) {
            throw RuleViolation.global("proposals.supportsOff");
        }
        if (settings.maxSupports() != null
                && store.lockAndCountSupportsInProcess(context.processId(), account.id()) >= settings.maxSupports()) {
            throw RuleViolation.global("proposals.supportsExhausted", settings.maxSupports());
        }
        return store.support(proposalId, account.id());
    }

    /** Withdraws; true if there was a support to withdraw. */
    @Transactional
    public boolean withdraw(long proposalId) {
        var context = open(proposalId);
        var account = permissions.requireParticipant(store.participation(context.phaseId()).levelToSupport());
        return store.withdrawSupport(proposalId, account.id());
    }

    private ProposalStore.Head open(long proposalId) {
        var head = store.lock(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        var process = processes.visibleById(head.processId())
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        var phase = process.phases().stream().filter(p -> p.id() == head.phaseId()).findFirst()
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        LocalDate today = processes.today();
        if (phase.endDate() != null && today.isAfter(phase.endDate())) {
            throw RuleViolation.global("proposals.phaseEnded");
        }
        if (!head.state().isOpen()) {
            throw RuleViolation.global("proposals.notOpen");
        }
        return head;
    }
}
