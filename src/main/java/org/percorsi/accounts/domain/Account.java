package org.percorsi.accounts.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A person who can sign in. The nickname is their public identity; the email is never shown. */
@Table("account")
public class Account {

    @Id
    private Long id;
    private String email;
    private String nickname;
    private String passwordHash;
    private boolean platformAdmin;
    private boolean enabled;
    private Instant createdAt;

    Account() {
    }

    public static Account administrator(String email, String nickname, String passwordHash) {
        Account a = new Account();
        a.email = email;
        a.nickname = nickname;
        a.passwordHash = passwordHash;
        a.platformAdmin = true;
        a.enabled = true;
        a.createdAt = Instant.now();
        return a;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getNickname() { return nickname; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isPlatformAdmin() { return platformAdmin; }
    public boolean isEnabled() { return enabled; }
}
