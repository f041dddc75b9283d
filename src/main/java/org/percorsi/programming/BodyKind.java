package org.percorsi.programming;

/** What a body assigned to DUP actions is: a municipal office, a company or foundation the city owns, or other. */
public enum BodyKind {
    OFFICE,
    COMPANY,
    FOUNDATION,
    OTHER
}
