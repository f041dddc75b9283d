package org.percorsi.documents;

/** A block of a version: a heading (level 1 to 3, opening a section) or a paragraph (a list counts as one). */
public enum BlockKind {
    HEADING,
    PARAGRAPH
}
