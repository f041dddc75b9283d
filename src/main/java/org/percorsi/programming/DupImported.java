package org.percorsi.programming;

/** A DUP table import was confirmed: objectives of the cycle were added or reworded. */
public record DupImported(long cycleId) {
}
