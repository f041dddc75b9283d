package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.domain.ProcessRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person gives up a role of their own, e.g. the representative of an organisation that has just
 * left the negotiation table. Only they can do it, and only for a role that leaves nobody without a steward: a
 * manager's role is taken back by an administrator.
 */
@Service
public class GiveUpRole {

    private final ProcessRoles roles;
    private final ProcessPermissions permissions;

    GiveUpRole(ProcessRoles roles, ProcessPermissions permissions) {
        this.roles = roles;
        this.permissions = permissions;
    }

    /** Whether the role was held (and is now given up). */
    @Transactional
    public boolean handle(long processId, ProcessRole role) {
        long self = permissions.viewer().orElseThrow(() -> new AccessDeniedException("Signed-in people only"));
        if (role == ProcessRole.MANAGER) {
            throw new AccessDeniedException("A manager's role is taken back by an administrator");
        }
        return roles.revoke(processId, self, role);
    }
}
