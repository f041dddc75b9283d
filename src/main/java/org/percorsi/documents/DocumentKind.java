package org.percorsi.documents;

/** What a document is in its process: the context report, a theme's document, the final document (DocPP), other. */
public enum DocumentKind {
    CONTEXT_REPORT,
    THEME_DOCUMENT,
    FINAL_DOCUMENT,
    OTHER
}
