package org.percorsi.processes.usecases;

import org.percorsi.accounts.usecases.InvitedAccountForm;
import org.percorsi.accounts.usecases.RegisterInvitedAccount;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.AreaInvitationRepository;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.processes.domain.ProcessRoles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone follows an invitation link: signed in, they join the reserved area at
 * once; without an account, they create one on the spot (the link proves their
 * address) and join. Returns the slug of the process, to show it to them.
 */
@Service
public class AcceptInvitation {

    private final AreaInvitationRepository invitations;
    private final ProcessRepository processes;
    private final ProcessRoles roles;
    private final Invitations support;
    private final RegisterInvitedAccount registerInvited;
    private final ProcessPermissions permissions;

    AcceptInvitation(AreaInvitationRepository invitations, ProcessRepository processes, ProcessRoles roles,
            Invitations support, RegisterInvitedAccount registerInvited, ProcessPermissions permissions) {
        this.invitations = invitations;
        this.processes = processes;
        this.roles = roles;
        this.support = support;
        this.registerInvited = registerInvited;
        this.permissions = permissions;
    }

    /** The signed-in person accepts. */
    @Transactional
    public String handle(String secret) {
        long accountId = permissions.viewer().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        return join(secret, accountId);
    }

    /** A person without an account creates one and accepts. */
    @Transactional
    public String withNewAccount(String secret, InvitedAccountForm form) {
        var invitation = support.redeemable(secret);
        long accountId = registerInvited.handle(invitation.getEmail(), form);
        return join(secret, accountId);
    }

    /** The address an invitation link was sent to, to show on the acceptance page. */
    @Transactional
    public String invitedAddress(String secret) {
        return support.redeemable(secret).getEmail();
    }

    private String join(String secret, long accountId) {
        var invitation = support.redeemable(secret);
        roles.grant(invitation.getProcessId(), accountId, invitation.getRole());
        invitation.accept(accountId, support.now());
        invitations.save(invitation);
        return processes.findById(invitation.getProcessId()).orElseThrow().getSlug();
    }
}
