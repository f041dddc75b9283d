package org.percorsi.processes;

/** The kind of step a phase is in a participatory method. */
public enum PhaseType {
    CONTEXT_ANALYSIS,
    SHARING,
    OPENING,
    FEEDBACK,
    CUSTOM
}
