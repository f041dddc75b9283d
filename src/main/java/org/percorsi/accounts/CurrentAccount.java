package org.percorsi.accounts;

import java.time.Instant;
import org.percorsi.accounts.domain.Account;
import org.percorsi.accounts.domain.AccountRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account of the person signed in (their email is the principal name). */
@Component
public class CurrentAccount {

    private final AccountRepository accounts;

    CurrentAccount(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** What the account page shows of the signed-in person. */
    public record Profile(
            String nickname,
            String email,
            VerificationLevel verification,
            Instant createdAt,
            String termsVersion,
            Instant termsAcceptedAt,
            boolean administrator,
            String language) {}

    public Profile profile() {
        Account a = require();
        return new Profile(
                a.getNickname(),
                a.getEmail(),
                a.getVerification(),
                a.getCreatedAt(),
                a.getTermsVersion(),
                a.getTermsAcceptedAt(),
                a.isPlatformAdmin(),
                a.getLanguage());
    }

    /** Whether the signed-in person must choose a new password before anything else. */
    public boolean mustChangePassword() {
        return require().isMustChangePassword();
    }

    /** The signed-in account; refuses (403) when nobody is signed in. */
    public Account require() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            throw new AccessDeniedException("Sign in first");
        }
        return accounts.findByEmail(auth.getName()).orElseThrow(() -> new AccessDeniedException("No such account"));
    }
}
