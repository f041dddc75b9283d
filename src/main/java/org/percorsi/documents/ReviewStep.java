package org.percorsi.documents;

/**
 * A step of a version's review out of draft: reviewed by the negotiation table, validated by the tecnico di
 * garanzia, sent to the ente (with its protocol number).
 */
public enum ReviewStep {
    TABLE_REVIEW,
    VALIDATION,
    SENT
}
