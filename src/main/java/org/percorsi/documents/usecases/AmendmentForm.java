package org.percorsi.documents.usecases;

/** An amendment: the text proposed in place of the paragraph, and why. */
public record AmendmentForm(String replacement, String reason) {}
