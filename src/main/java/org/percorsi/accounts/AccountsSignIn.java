package org.percorsi.accounts;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.percorsi.shared.ratelimit.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.stereotype.Component;

/**
 * What the web security (module {@code platform}) takes from accounts to sign people in: the accounts' rules,
 * which the platform places in its filter chain without knowing them. They are the limits on the forms
 * attackers hammer and the wait after wrong passwords ({@link AttemptLimits}, {@link SignInAttempts}), the
 * gate to a new password ({@link PasswordChangeGate}), and who a person signing in through OpenID Connect is
 * ({@link OidcAccounts}). Accounts knows nothing of the filter chain; the platform depends on this class, never
 * the other way round.
 */
@Component
public class AccountsSignIn {

    private final RateLimiter limiter;
    private final SignInAttempts signIns;
    private final AccountsApi accounts;
    private final OidcAccounts oidcAccounts;
    private final int signInPerAddress;
    private final int registrationsPerAddress;
    private final int resetsPerAddress;
    private final int resetsPerEmail;

    AccountsSignIn(
            RateLimiter limiter,
            SignInAttempts signIns,
            AccountsApi accounts,
            OidcAccounts oidcAccounts,
            @Value("${percorsi.limits.sign-in-per-address:30}") int signInPerAddress,
            @Value("${percorsi.limits.registrations-per-address:10}") int registrationsPerAddress,
            @Value("${percorsi.limits.resets-per-address:10}") int resetsPerAddress,
            @Value("${percorsi.limits.resets-per-email:3}") int resetsPerEmail) {
        this.limiter = limiter;
        this.signIns = signIns;
        this.accounts = accounts;
        this.oidcAccounts = oidcAccounts;
        this.signInPerAddress = signInPerAddress;
        this.registrationsPerAddress = registrationsPerAddress;
        this.resetsPerAddress = resetsPerAddress;
        this.resetsPerEmail = resetsPerEmail;
    }

    /** The session attribute that {@link #signedInAccountRead} fills (a name no other attribute has). */
    public static final String SIGNED_IN_ACCOUNT_ATTRIBUTE = AccountsApi.SESSION_ATTRIBUTE;

    /**
     * SQL for the session store's read: the account of the session's principal ({@code principalName}, an SQL
     * expression) as one text column {@code account}, or no row. The session store adds it to each session it
     * reads as the attribute {@link #SIGNED_IN_ACCOUNT_ATTRIBUTE}, which {@link AccountsApi#current()} then uses
     * instead of reading the account again.
     */
    public static String signedInAccountRead(String principalName) {
        return AccountsApi.signedInAccountRead(principalName);
    }

    /**
     * The rate limits on sign-in, registration and password reset, and the wait after wrong passwords: a filter
     * to run before the password form's. A new one each time, not a bean, so the servlet container does not run
     * it a second time outside the security chain.
     */
    public Filter attemptLimits() {
        return new AttemptLimits(
                limiter, signIns, signInPerAddress, registrationsPerAddress, resetsPerAddress, resetsPerEmail);
    }

    /**
     * Sends a person who must replace their password to the page for it: a filter to run once the request's
     * authorization is known. A new one each time, not a bean (as {@link #attemptLimits()}).
     */
    public Filter passwordChangeGate() {
        return new PasswordChangeGate(accounts);
    }

    /** Someone signed in: a password sign-in lifts the waits of this client for that address. */
    public void succeeded(HttpServletRequest request) {
        if (request.getParameter("email") != null) {
            signIns.succeeded(request);
        }
    }

    /** A password sign-in failed (wrong password, unknown address, blocked account: all count alike). */
    public void failed(HttpServletRequest request) {
        signIns.failed(request);
    }

    /** Who signs in through OpenID Connect: the local account linked to (or made for) the identity. */
    public OidcUserService oidcUsers() {
        return oidcAccounts;
    }
}
