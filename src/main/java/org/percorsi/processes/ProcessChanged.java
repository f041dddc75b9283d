package org.percorsi.processes;

/** Published whenever a process or its phases change, so that cross-cutting modules (search) can follow. */
public record ProcessChanged(long processId) {
}
