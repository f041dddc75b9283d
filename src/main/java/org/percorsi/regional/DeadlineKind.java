package org.percorsi.regional;

/** The dated obligations of a funded process, in the order they fall. */
public enum DeadlineKind {
    FORMAL_START,
    END,
    FINAL_REPORT,
    ENTE_ACT
}
