package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.domain.ProcessRoles;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator or a manager takes a role back; the person loses what it opened at their next page. */
@Service
public class RevokeRole {

    private final ProcessRoles roles;
    private final ProcessPermissions permissions;

    RevokeRole(ProcessRoles roles, ProcessPermissions permissions) {
        this.roles = roles;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long processId, long accountId, ProcessRole role) {
        permissions.requireCanGrant(processId, role);
        if (!roles.revoke(processId, accountId, role)) {
            throw new NotFoundException("role");
        }
    }
}
