package org.percorsi.programming;

/** An intervention's sheet was created or changed (its texts, status or activities). */
public record InterventionChanged(long interventionId) {
}
