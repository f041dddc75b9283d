/**
 * People's accounts and how they sign in: registration with confirmation, the password policy, reset and
 * change of password and email, sign out everywhere, the slowing down of wrong passwords and the rate limits
 * on the accounts' forms, the gate to a new password, OpenID Connect (SPID/CIE through a broker), the GDPR
 * download and deletion, administrators' moderation and the first administrator, created on the first
 * start. The web security that places these rules in the filter chain, and the session store, belong to the
 * {@code platform} module, which asks for them through {@link org.percorsi.accounts.AccountsSignIn};
 * accounts depends on nothing of the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.percorsi.accounts;
