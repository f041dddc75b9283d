package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.AreaInvitationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager sends an open invitation again, with a new link and a new expiry. */
@Service
public class ResendInvitation {

    private final AreaInvitationRepository invitations;
    private final Invitations support;
    private final ProcessPermissions permissions;

    ResendInvitation(AreaInvitationRepository invitations, Invitations support, ProcessPermissions permissions) {
        this.invitations = invitations;
        this.support = support;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long processId, long invitationId) {
        permissions.requireCanManage(processId);
        var invitation = support.openOf(processId, invitationId);
        String secret = support.newSecret();
        invitation.renew(Invitations.hash(secret), support.expiry());
        invitations.save(invitation);
        support.mail(invitation, secret);
    }
}
