package org.percorsi.programming;

/** Where an intervention stands, from the first idea to its completion (or abandonment). */
public enum InterventionStatus {
    IDEA,
    DESIGNED,
    FUNDING_REQUESTED,
    FUNDED,
    IN_PROGRESS,
    COMPLETED,
    DROPPED
}
