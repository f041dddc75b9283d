package org.percorsi.programming;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.programming.queries.ProgrammingQueries;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with the programming: administrators import DUP tables, open
 * cycles, keep the registry of bodies and plan interventions and their funding; a
 * process's managers link its proposals to objectives and mark the process answered.
 */
@Component
public class ProgrammingPermissions {

    private final ProcessPermissions processes;
    private final ProgrammingQueries queries;

    ProgrammingPermissions(ProcessPermissions processes, ProgrammingQueries queries) {
        this.processes = processes;
        this.queries = queries;
    }

    /** Cycles, imports, bodies, interventions and funding calls: platform administrators only (HTTP 403 to others). */
    public void requireAdministrator() {
        Caller.requireAdmin();
    }

    /** The proposal's process, if the signed-in person manages it; refuses anyone else. */
    public long requireManagerOfProposal(long proposalId) {
        long processId = queries.proposal(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId))
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
