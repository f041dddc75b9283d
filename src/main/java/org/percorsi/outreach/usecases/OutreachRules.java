package org.percorsi.outreach.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/** The permissions of outreach, checked once per action: a process's plan and info points are its managers'. */
@Component
class OutreachRules {

    private final ProcessPermissions permissions;
    private final ProcessesApi processes;

    OutreachRules(ProcessPermissions permissions, ProcessesApi processes) {
        this.permissions = permissions;
        this.processes = processes;
    }

    /** The viewer manages the process (or administers the platform), and the process exists. */
    void managedByViewer(long processId) {
        permissions.requireCanManage(processId);
        if (processes.titleForTeam(processId).isEmpty()) {
            throw new NotFoundException("process " + processId);
        }
    }
}
