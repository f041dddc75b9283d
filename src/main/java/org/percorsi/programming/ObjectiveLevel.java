package org.percorsi.programming;

/** The levels of a DUP objectives tree, from the broadest to the actions offices and companies carry out. */
public enum ObjectiveLevel {
    STRATEGIC_AREA,
    STRATEGIC_OBJECTIVE,
    OPERATIVE_OBJECTIVE,
    MANAGEMENT_OBJECTIVE,
    ACTION
}
