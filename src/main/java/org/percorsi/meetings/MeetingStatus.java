package org.percorsi.meetings;

/** Scheduled until it is cancelled, or closed by a facilitator once its record is complete. */
public enum MeetingStatus {
    SCHEDULED,
    CANCELLED,
    CLOSED
}
