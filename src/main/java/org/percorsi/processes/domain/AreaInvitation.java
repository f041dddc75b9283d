package org.percorsi.processes.domain;

import java.time.Instant;
import org.percorsi.processes.ProcessRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An invitation by mail to the reserved area of a process. Only the hash of its link's secret is stored. */
@Table("area_invitation")
public class AreaInvitation {

    @Id
    private Long id;

    private Long processId;
    private String email;
    private ProcessRole role;
    private String tokenHash;
    private Long invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant acceptedAt;
    private Long acceptedBy;
    private Instant revokedAt;

    AreaInvitation() {}

    public AreaInvitation(
            Long processId, String email, ProcessRole role, String tokenHash, Long invitedBy, Instant expiresAt) {
        this.processId = processId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }

    /** A new link (the old one stops working) and a new expiry. */
    public void renew(String tokenHash, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    public void accept(long accountId, Instant now) {
        acceptedAt = now;
        acceptedBy = accountId;
    }

    public void revoke(Instant now) {
        revokedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public String getEmail() {
        return email;
    }

    public ProcessRole getRole() {
        return role;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
