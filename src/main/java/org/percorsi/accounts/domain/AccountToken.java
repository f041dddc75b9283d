package org.percorsi.accounts.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A one-time link mailed to a person; only the hash of its secret is stored. */
@Table("account_token")
public class AccountToken {

    public enum Purpose {
        CONFIRM_EMAIL,
        RESET_PASSWORD,
        CHANGE_EMAIL
    }

    @Id
    private Long id;

    private Long accountId;
    private Purpose purpose;
    private String tokenHash;
    private String newEmail;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    AccountToken() {}

    public AccountToken(Long accountId, Purpose purpose, String tokenHash, String newEmail, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.expiresAt = expiresAt;
        this.createdAt = Instant.now();
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
