package org.percorsi.processes.queries;

import java.time.Instant;
import java.util.List;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.domain.AreaInvitationRepository;
import org.percorsi.processes.domain.ProcessRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team page of a process: who holds which role, and the invitations sent. */
@Service
@Transactional(readOnly = true)
public class TeamQueries {

    private final ProcessRoles roles;
    private final AreaInvitationRepository invitations;
    private final AccountsApi accounts;

    TeamQueries(ProcessRoles roles, AreaInvitationRepository invitations, AccountsApi accounts) {
        this.roles = roles;
        this.invitations = invitations;
        this.accounts = accounts;
    }

    public record Member(long accountId, String nickname, String email, ProcessRole role, Instant since) {}

    public enum InvitationState {
        OPEN,
        ACCEPTED,
        REVOKED,
        EXPIRED
    }

    public record Invitation(
            long id, String email, ProcessRole role, InvitationState state, Instant sentAt, Instant expiresAt) {}

    public List<Member> members(long processId) {
        var grants = roles.ofProcess(processId);
        var people = accounts.byIds(
                grants.stream().map(ProcessRoles.Grant::accountId).distinct().toList());
        return grants.stream()
                .filter(g -> people.containsKey(g.accountId()))
                .map(g -> new Member(
                        g.accountId(),
                        people.get(g.accountId()).nickname(),
                        people.get(g.accountId()).email(),
                        g.role(),
                        g.grantedAt()))
                .toList();
    }

    public List<Invitation> invitations(long processId) {
        Instant now = Instant.now();
        return invitations.findByProcess(processId).stream()
                .map(i -> new Invitation(
                        i.getId(),
                        i.getEmail(),
                        i.getRole(),
                        i.getAcceptedAt() != null
                                ? InvitationState.ACCEPTED
                                : i.getRevokedAt() != null
                                        ? InvitationState.REVOKED
                                        : i.getExpiresAt().isBefore(now)
                                                ? InvitationState.EXPIRED
                                                : InvitationState.OPEN,
                        i.getCreatedAt(),
                        i.getExpiresAt()))
                .toList();
    }
}
