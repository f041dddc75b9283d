package org.percorsi.regional;

import java.time.LocalDate;

/**
 * A deadline of a dossier on a given day: when it falls (null while unknown, or when the call sets none), when it was
 * met (null until done), its state, and days left (negative: late).
 */
public record Deadline(DeadlineKind kind, LocalDate due, LocalDate doneOn, DeadlineState state, long daysLeft) {

    /** Still to be met (on time, due soon or late): what reminders and the list of dossiers look at. */
    public boolean open() {
        return state == DeadlineState.ON_TIME || state == DeadlineState.DUE_SOON || state == DeadlineState.LATE;
    }
}
