package org.percorsi.programming;

import org.percorsi.shared.events.PublicContentChanged;

/** A DUP table import was confirmed: objectives of the cycle were added or reworded. */
public record DupImported(long cycleId) implements PublicContentChanged {
}
