package org.percorsi.accounts;

/**
 * Published when an account is deleted or anonymised: modules that keep personal
 * data about it erase it, while public contributions stay under "deleted participant".
 */
public record AccountDeleted(long accountId) {
}
