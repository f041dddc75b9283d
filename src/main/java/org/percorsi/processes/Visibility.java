package org.percorsi.processes;

/** Public processes are seen by everyone; reserved ones only by the members of their reserved area. */
public enum Visibility {
    PUBLIC,
    RESERVED
}
