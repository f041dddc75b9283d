/**
 * The platform's infrastructure that no feature owns: the web security (which pages need whom, CSRF,
 * session fixation, the content security policy and the other headers, the sign-in forms wired into the
 * filter chain) and the session store in PostgreSQL (read once per request, written statement by statement,
 * attributes encoded field by field; tables {@code spring_session} and {@code spring_session_attributes}),
 * which lets every node serve anyone, and the web server's settings no property reaches
 * ({@code TomcatSettings}). It depends on accounts' {@code AccountsSignIn} for the accounts' own
 * rules (rate limits on its forms, the wait after wrong passwords, the gate to a new password, OpenID
 * Connect accounts, the read of the signed-in account that each session read brings along) and on nothing else
 * but {@code shared}; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.percorsi.platform;
