package org.percorsi.processes.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.accounts.usecases.InvitedAccountForm;
import org.percorsi.accounts.usecases.RegisterInvitedAccount;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.AreaInvitation;
import org.percorsi.processes.domain.AreaInvitationRepository;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.processes.domain.ProcessRoles;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone follows an invitation link: signed in with the invited address, they
 * join the reserved area at once; without an account, they create one on the
 * spot with the invited address (the link proves it) and join. Signed in with
 * another address, they are refused: a forwarded or leaked link lets nobody else
 * in. Returns the slug of the process, to show it to them.
 */
@Service
public class AcceptInvitation {

    private final AreaInvitationRepository invitations;
    private final ProcessRepository processes;
    private final ProcessRoles roles;
    private final Invitations support;
    private final RegisterInvitedAccount registerInvited;
    private final ProcessPermissions permissions;
    private final AccountsApi accounts;

    AcceptInvitation(
            AreaInvitationRepository invitations,
            ProcessRepository processes,
            ProcessRoles roles,
            Invitations support,
            RegisterInvitedAccount registerInvited,
            ProcessPermissions permissions,
            AccountsApi accounts) {
        this.invitations = invitations;
        this.processes = processes;
        this.roles = roles;
        this.support = support;
        this.registerInvited = registerInvited;
        this.permissions = permissions;
        this.accounts = accounts;
    }

    /** The signed-in person accepts, if the invitation was sent to their address. */
    @Transactional
    public String handle(String secret) {
        long accountId = permissions.viewer().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        requireInvitedAddress(support.redeemable(secret));
        return join(secret, accountId);
    }

    /** A person without an account creates one and accepts. */
    @Transactional
    public String withNewAccount(String secret, InvitedAccountForm form) {
        var invitation = support.redeemable(secret);
        long accountId = registerInvited.handle(invitation.getEmail(), form);
        return join(secret, accountId);
    }

    /**
     * The address an invitation link was sent to, to show on the acceptance page; refused, with the address
     * masked, to someone signed in with another address.
     */
    @Transactional
    public String invitedAddress(String secret) {
        var invitation = support.redeemable(secret);
        requireInvitedAddress(invitation);
        return invitation.getEmail();
    }

    /** Nobody signed in, or signed in with the invited address (in any case). */
    private void requireInvitedAddress(AreaInvitation invitation) {
        accounts.current()
                .filter(me -> !me.email().equalsIgnoreCase(invitation.getEmail().strip()))
                .ifPresent(me -> {
                    throw RuleViolation.global("invitation.otherAddress", masked(invitation.getEmail()));
                });
    }

    /** m***@example.it: enough for its owner to recognise, not enough to learn it. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    private String join(String secret, long accountId) {
        var invitation = support.redeemable(secret);
        roles.grant(invitation.getProcessId(), accountId, invitation.getRole());
        invitation.accept(accountId, support.now());
        invitations.save(invitation);
        return processes.findById(invitation.getProcessId()).orElseThrow().getSlug();
    }
}
