package org.percorsi.meetings;

/** A seat, a place on the waiting list, or given up. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}
