package org.percorsi.harvest;

/** What people wrote: a world-café note, a metaplan card, a table's comment, an interview answer. */
public enum HarvestItemKind {
    NOTE,
    CARD,
    COMMENT,
    ANSWER
}
