package org.percorsi.meetings;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with meetings: the process's managers and facilitators organise
 * them, check people in, record and close them; reserved meetings are seen by
 * people with a role in the process (the reserved area) and administrators.
 */
@Component
public class MeetingPermissions {

    private final ProcessPermissions processes;

    MeetingPermissions(ProcessPermissions processes) {
        this.processes = processes;
    }

    public boolean canOrganise(long processId) {
        return processes.canManage(processId) || processes.hasRole(processId, ProcessRole.FACILITATOR);
    }

    public void requireOrganiser(long processId) {
        if (!canOrganise(processId)) {
            throw new AccessDeniedException("Managers and facilitators of process " + processId + " only");
        }
    }

    /** Whether the viewer opens the process's reserved area (where reserved meetings are). */
    public boolean seesReserved(long processId) {
        return processes.isAdmin() || processes.hasRole(processId, ProcessRole.values());
    }
}
