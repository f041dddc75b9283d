package org.percorsi.documents;

/** What the negotiation table or the tecnico di garanzia concluded: approved, approved with remarks, rejected. */
public enum ReviewOutcome {
    APPROVED,
    WITH_REMARKS,
    REJECTED;

    public boolean positive() {
        return this != REJECTED;
    }
}
