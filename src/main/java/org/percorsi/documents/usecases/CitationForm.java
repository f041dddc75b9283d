package org.percorsi.documents.usecases;

import java.util.UUID;

/**
 * A paragraph of the draft citing a source: the paragraph's key, and the source as the select offers it,
 * {@code PROPOSAL:12}, {@code HARVEST_ITEM:34} or {@code TABLE_DECISION:56}.
 */
public record CitationForm(Integer version, UUID blockKey, String source) {}
