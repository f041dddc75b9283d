package org.percorsi.documents;

/**
 * What a paragraph of a document can cite as its source: a proposal, a meeting's harvest item, or a decision of
 * the process's negotiation table (stakeholders' {@code DecisionSummary}).
 */
public enum SourceKind {
    PROPOSAL,
    HARVEST_ITEM,
    TABLE_DECISION
}
