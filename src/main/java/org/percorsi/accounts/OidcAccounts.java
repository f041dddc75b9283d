package org.percorsi.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.percorsi.accounts.domain.Account;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.shared.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in with OpenID Connect (for SPID/CIE through a broker such as Keycloak):
 * the first sign-in links the provider's identity to the account with the same
 * (verified) email, or creates one; a configured claim (e.g. the fiscal number
 * SPID releases) marks the account as a verified resident. The principal is the
 * local account, as with a password sign-in.
 */
@Component
class OidcAccounts extends OidcUserService {

    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final String residentClaim;
    private final String termsVersion;

    OidcAccounts(
            AccountRepository accounts,
            JdbcClient jdbc,
            @Value("${percorsi.oidc.verified-resident-claim:}") String residentClaim,
            @Value("${percorsi.terms.version}") String termsVersion) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.residentClaim = residentClaim;
        this.termsVersion = termsVersion;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = super.loadUser(request);
        String issuer = String.valueOf(oidc.getIssuer());
        String subject = oidc.getSubject();
        Account account = jdbc.sql("select account_id from account_identity where issuer = :i and subject = :s")
                .param("i", issuer)
                .param("s", subject)
                .query(Long.class)
                .optional()
                .flatMap(accounts::findById)
                .orElseGet(() -> linkOrCreate(oidc, issuer, subject));
        if (!account.canSignIn()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"), "Account blocked or deleted");
        }
        Object resident = residentClaim.isBlank() ? null : oidc.getClaims().get(residentClaim);
        if (resident != null && !String.valueOf(resident).isBlank() && !"false".equals(String.valueOf(resident))) {
            account.verifyAsResident();
            accounts.save(account);
        }
        List<GrantedAuthority> authorities = new ArrayList<>(oidc.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("ROLE_PARTICIPANT"));
        if (account.isPlatformAdmin()) {
            authorities.add(new SimpleGrantedAuthority(Caller.ADMIN_AUTHORITY));
        }
        return new LocalOidcUser(authorities, oidc, account.getEmail());
    }

    /** An OpenID Connect user whose name is the local account's email, as for a password sign-in. */
    static final class LocalOidcUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;
        private final String accountEmail;

        LocalOidcUser(List<GrantedAuthority> authorities, OidcUser oidc, String accountEmail) {
            super(authorities, oidc.getIdToken(), oidc.getUserInfo());
            this.accountEmail = accountEmail;
        }

        @Override
        public String getName() {
            return accountEmail;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LocalOidcUser o && super.equals(o) && accountEmail.equals(o.accountEmail);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + accountEmail.hashCode();
        }
    }

    private Account linkOrCreate(OidcUser oidc, String issuer, String subject) {
        String email = oidc.getEmail();
        if (email == null || email.isBlank() || Boolean.FALSE.equals(oidc.getEmailVerified())) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("email_required"),
                    "The identity provider did not release a verified email address");
        }
        Account account = accounts.findByEmail(email).orElseGet(() -> {
            Account created =
                    Account.participant(email, uniqueNickname(oidc), "{noop}!" + UUID.randomUUID(), termsVersion);
            created.confirmEmail();
            return accounts.save(created);
        });
        jdbc.sql("insert into account_identity (issuer, subject, account_id) values (:i, :s, :a)")
                .param("i", issuer)
                .param("s", subject)
                .param("a", account.getId())
                .update();
        return account;
    }

    private String uniqueNickname(OidcUser oidc) {
        String base = oidc.getGivenName() != null
                ? oidc.getGivenName()
                : oidc.getPreferredUsername() != null ? oidc.getPreferredUsername() : "Partecipante";
        base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        if (base.length() < 3) {
            base = "Partecipante";
        }
        base = base.length() > 30 ? base.substring(0, 30) : base;
        String candidate = base;
        while (accounts.nicknameTaken(candidate, null)) {
            candidate =
                    base + " " + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        }
        return candidate;
    }
}
