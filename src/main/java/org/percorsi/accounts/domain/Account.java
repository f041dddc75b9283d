package org.percorsi.accounts.domain;

import java.time.Instant;
import java.util.Locale;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.shared.language.Language;
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
    private VerificationLevel verification;
    private String termsVersion;
    private Instant termsAcceptedAt;
    private Instant emailConfirmedAt;
    private boolean blocked;
    private Instant deletedAt;
    private String language;
    private boolean mustChangePassword;

    Account() {}

    public static Account administrator(String email, String nickname, String passwordHash) {
        Account a = participant(email, nickname, passwordHash, null);
        a.platformAdmin = true;
        a.verification = VerificationLevel.EMAIL_CONFIRMED;
        a.emailConfirmedAt = a.createdAt;
        return a;
    }

    public static Account participant(String email, String nickname, String passwordHash, String termsVersion) {
        Account a = new Account();
        a.email = email;
        a.nickname = nickname;
        a.passwordHash = passwordHash;
        a.enabled = true;
        a.createdAt = Instant.now();
        a.verification = VerificationLevel.UNVERIFIED;
        a.termsVersion = termsVersion;
        a.termsAcceptedAt = termsVersion == null ? null : a.createdAt;
        return a;
    }

    /** The language the person chose: their mails are written in it. Null (no choice) leaves it as it is. */
    public void speaks(Locale locale) {
        if (locale != null) {
            language =
                    Language.ofLocale(locale).orElse(Language.ITALIAN).locale().getLanguage();
        }
    }

    public void confirmEmail() {
        emailConfirmedAt = Instant.now();
        if (verification == VerificationLevel.UNVERIFIED) {
            verification = VerificationLevel.EMAIL_CONFIRMED;
        }
    }

    public void changeEmail(String newEmail) {
        email = newEmail;
        confirmEmail();
    }

    /** A new password, whichever way it was chosen, lifts the obligation to choose one. */
    public void changePassword(String hash) {
        passwordHash = hash;
        mustChangePassword = false;
    }

    /** The password was seen by others (printed in the log): its owner must choose a new one at sign-in. */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    /**
     * Erases what identifies the person: the address and password become unusable,
     * the nickname becomes a neutral one; contributions elsewhere keep the account id.
     */
    public void anonymise(Instant now) {
        email = "deleted-" + id + "@invalid";
        nickname = "deleted-" + id;
        passwordHash = "{noop}!";
        platformAdmin = false;
        deletedAt = now;
        termsVersion = null;
        termsAcceptedAt = null;
    }

    public void block(boolean blocked) {
        this.blocked = blocked;
    }

    public void verifyAsResident() {
        verification = VerificationLevel.VERIFIED_RESIDENT;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public boolean canSignIn() {
        return enabled && !blocked && deletedAt == null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getNickname() {
        return nickname;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public VerificationLevel getVerification() {
        return verification;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public boolean isBlocked() {
        return blocked;
    }
    /** "it", "en", or null when the person has not chosen (mails then use the organisation's default). */
    public String getLanguage() {
        return language;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
