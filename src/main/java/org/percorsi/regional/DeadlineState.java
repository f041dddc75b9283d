package org.percorsi.regional;

/**
 * Where a deadline stands on a given day: done (recorded, or the end once passed), late, due within the call's
 * reminder days, on time; not yet known (the end and what follows it before the formal start).
 */
public enum DeadlineState {
    DONE,
    LATE,
    DUE_SOON,
    ON_TIME,
    UNKNOWN
}
