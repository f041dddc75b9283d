package org.percorsi.stakeholders.domain;

/**
 * A duplicate organisation was merged into the one kept, inside the merge's transaction: each store of the module
 * that refers to organisations moves its rows from {@code duplicateId} to {@code keptId} in a synchronous listener
 * ({@code @EventListener}), so that the merge is whole or nothing.
 */
public record OrganisationsMerged(long duplicateId, long keptId) {}
