package org.percorsi.processes;

import gg.jte.Content;
import java.util.Optional;

/**
 * A section another module adds to a process's public page (the regional dossier's public record and the funder's
 * mention), so that processes never depends on it. Called only for a process the visitor may see.
 */
public interface ProcessSections {

    /** The section, ready to place in the page's main column; empty when there is nothing to show. */
    Optional<Content> sectionOf(long processId);
}
