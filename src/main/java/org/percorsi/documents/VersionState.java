package org.percorsi.documents;

/** Where a version is: written (the only state in which its text changes), in consultation, closed, approved. */
public enum VersionState {
    DRAFT,
    CONSULTATION,
    CLOSED,
    FINAL
}
