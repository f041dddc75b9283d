package org.percorsi.documents;

/**
 * What a paragraph of a document can cite as its source. The negotiation table's decisions come with issue #16:
 * they will be one more kind here, with their column in {@code document_citation} and its check.
 */
public enum SourceKind {
    PROPOSAL,
    HARVEST_ITEM
}
