package org.percorsi.documents.usecases;

/**
 * An item of a final document's draft: the proposal it puts forward, optionally the harvest item it comes from,
 * its title (the proposal's when left empty) and its text.
 */
public record ItemForm(Integer version, Long proposalId, Long harvestItemId, String title, String text) {}
