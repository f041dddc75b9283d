package org.percorsi.programming;

import org.percorsi.shared.events.PublicContentChanged;

/** An intervention's sheet was created or changed (its texts, status or activities). */
public record InterventionChanged(long interventionId) implements PublicContentChanged {
}
