package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.AreaInvitationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager withdraws an invitation not yet accepted: its link stops working. */
@Service
public class RevokeInvitation {

    private final AreaInvitationRepository invitations;
    private final Invitations support;
    private final ProcessPermissions permissions;

    RevokeInvitation(AreaInvitationRepository invitations, Invitations support, ProcessPermissions permissions) {
        this.invitations = invitations;
        this.support = support;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long processId, long invitationId) {
        permissions.requireCanManage(processId);
        var invitation = support.openOf(processId, invitationId);
        invitation.revoke(support.now());
        invitations.save(invitation);
    }
}
