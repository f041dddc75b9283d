package org.percorsi.processes;

import org.percorsi.shared.events.PublicContentChanged;

/** Published whenever a process or its phases change, so that cross-cutting modules (search) can follow. */
public record ProcessChanged(long processId) implements PublicContentChanged {
}
