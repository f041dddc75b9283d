package org.percorsi.documents.usecases;

/** What a document's managers may change at any time: title, phase, theme and the expected output it fulfils. */
public record DocumentDetailsForm(String title, Long phaseId, Long themeId, String expectedOutput) {}
