/**
 * People's accounts and how they sign in. For now: the platform administrators,
 * the first of whom is created on the first start, and the security of the web
 * layer (sign-in, CSRF, session, content security policy). Registration, roles
 * per process and reserved areas grow here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.percorsi.accounts;
