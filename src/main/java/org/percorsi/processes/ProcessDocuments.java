package org.percorsi.processes;

import java.util.List;
import org.percorsi.shared.language.ContentSource;

/**
 * The documents of a process, told by the module that holds them (documents), so that a process's page can
 * list them by phase while processes never depends on documents. Only documents with a version the viewer may see.
 */
public interface ProcessDocuments {

    /**
     * A document as the process page lists it; {@code phaseId} null for a document of the whole process;
     * {@code expectedOutput} the line of its phase's expected outputs it fulfils, or null; {@code titleSource} its
     * title as a text to show in the visitor's language (formal for a final document or version: reviewed only).
     */
    record Listed(
            long id,
            Long phaseId,
            String title,
            String kindLabel,
            int versionNumber,
            String stateLabel,
            String expectedOutput,
            ContentSource titleSource) {}

    List<Listed> of(long processId);
}
