package org.percorsi.processes.usecases;

import java.time.Duration;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.domain.AreaInvitation;
import org.percorsi.processes.domain.AreaInvitationRepository;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.shared.ratelimit.RateLimiter;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager invites someone by email into the process's reserved area. An open
 * invitation to the same address is replaced (its old link stops working).
 * Managers may send at most 50 invitations an hour.
 */
@Service
public class InviteToReservedArea {

    static final int PER_HOUR = 50;

    private final ProcessRepository processes;
    private final AreaInvitationRepository invitations;
    private final Invitations support;
    private final RateLimiter limiter;
    private final ProcessPermissions permissions;

    InviteToReservedArea(
            ProcessRepository processes,
            AreaInvitationRepository invitations,
            Invitations support,
            RateLimiter limiter,
            ProcessPermissions permissions) {
        this.processes = processes;
        this.invitations = invitations;
        this.support = support;
        this.limiter = limiter;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(long processId, InvitationForm form) {
        permissions.requireCanManage(processId);
        if (!processes.existsById(processId)) {
            throw new NotFoundException("process " + processId);
        }
        if (form.role() != ProcessRole.MEMBER && form.role() != ProcessRole.NEGOTIATION_TABLE) {
            throw new RuleViolation("role", "invitation.roleNotAllowed");
        }
        long inviter = permissions.viewer().orElse(-1L);
        if (!limiter.tryAcquire("invite:" + inviter, PER_HOUR, Duration.ofHours(1))) {
            throw RuleViolation.global("invitation.tooMany", PER_HOUR);
        }
        String email = form.email().strip();
        invitations.findOpen(processId, email).ifPresent(old -> {
            old.revoke(support.now());
            invitations.save(old);
        });
        String secret = support.newSecret();
        AreaInvitation invitation = invitations.save(new AreaInvitation(
                processId,
                email,
                form.role(),
                Invitations.hash(secret),
                inviter < 0 ? null : inviter,
                support.expiry()));
        support.mail(invitation, secret);
        return invitation.getId();
    }
}
