package org.percorsi.programming;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the programming: administrators import DUP tables and open
 * cycles; a process's managers link its proposals to objectives and mark the
 * process answered.
 */
@Component
public class ProgrammingPermissions {

    private final ProcessPermissions processes;
    private final ProposalsApi proposals;

    ProgrammingPermissions(ProcessPermissions processes, ProposalsApi proposals) {
        this.processes = processes;
        this.proposals = proposals;
    }

    /** The proposal's process, if the signed-in person manages it; refuses anyone else. */
    public long requireManagerOfProposal(long proposalId) {
        long processId = proposals.indexable(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId))
                .processId();
        processes.requireCanManage(processId);
        return processId;
    }

    public boolean canManageProcess(long processId) {
        return processes.canManage(processId);
    }

    public void requireManagerOfProcess(long processId) {
        processes.requireCanManage(processId);
    }
}
