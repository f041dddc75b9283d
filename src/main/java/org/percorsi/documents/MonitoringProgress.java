package org.percorsi.documents;

/** Where an item of the ente's act (or the act as a whole) stands, as a monitoring update reports it. */
public enum MonitoringProgress {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    SUSPENDED,
    CANCELLED
}
