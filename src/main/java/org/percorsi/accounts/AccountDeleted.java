package org.percorsi.accounts;

import org.percorsi.shared.events.PublicContentChanged;

/**
 * Published when an account is deleted or anonymised, in the same transaction: modules that keep personal
 * data about it erase it there (synchronous listeners, so the deletion and the erasure commit or fail
 * together), while public contributions stay under "deleted participant". {@code email} is the address the
 * account had, already replaced on the account, for what was kept by address (invitations).
 */
public record AccountDeleted(long accountId, String email) implements PublicContentChanged {}
