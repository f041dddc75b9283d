package org.percorsi.proposals.usecases;

import java.time.LocalDate;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/** What giving and withdrawing a support both check: the proposal visible, its phase not over, the proposal open. */
@Component
class SupportRules {

    private final ProcessesApi processes;
    private final ProposalStore store;

    SupportRules(ProcessesApi processes, ProposalStore store) {
        this.processes = processes;
        this.store = store;
    }

    /**
     * Everything that does not need the proposal's row locked is checked first (visibility, the phase's
     * end), read with the proposal in one statement. The row is locked only by a write that changes something
     * (the counter's trigger updates it): the many repeated clicks of a storm, which change nothing, never wait
     * on one another.
     */
    ProposalStore.HeadAndSettings check(long proposalId) {
        var checked = store.headAndSettings(proposalId, processes.viewerParameters())
                .filter(ProposalStore.HeadAndSettings::phaseVisible)
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        LocalDate today = processes.today();
        if (checked.phaseEnd() != null && today.isAfter(checked.phaseEnd())) {
            throw RuleViolation.global("proposals.phaseEnded");
        }
        if (!checked.head().state().isSupportable()) {
            throw RuleViolation.global("proposals.notOpen");
        }
        return checked;
    }

    /**
     * After a support was withdrawn the counter's trigger has updated the proposal's row and holds it, so an
     * answer given meanwhile is either seen here (and the withdrawal rolled back) or comes after this
     * transaction. A plain read suffices: it sees this transaction's own version of the row. (Not "for
     * update": that conflicts with the key-share locks other supports' foreign keys hold, a deadlock.) An added
     * support needs no such read: the trigger itself refuses it when the proposal is no longer open.
     */
    void stillOpen(long proposalId) {
        var current = store.head(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        if (!current.state().isSupportable()) {
            throw RuleViolation.global("proposals.notOpen"); // answered in the meantime
        }
    }
}
