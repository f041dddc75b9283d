/** The write use cases of accounts and their forms, open to modules that drive them (invitations, demo data). */
@org.springframework.modulith.NamedInterface("usecases")
package org.percorsi.accounts.usecases;
