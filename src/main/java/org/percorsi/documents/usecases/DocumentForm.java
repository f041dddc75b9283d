package org.percorsi.documents.usecases;

import org.percorsi.documents.DocumentKind;

/**
 * A new document of a process: its kind and title, and optionally the phase and the theme it belongs to and the
 * phase's expected output it fulfils.
 */
public record DocumentForm(DocumentKind kind, String title, Long phaseId, Long themeId, String expectedOutput) {

    public DocumentForm(DocumentKind kind, String title, Long phaseId, Long themeId) {
        this(kind, title, phaseId, themeId, null);
    }
}
