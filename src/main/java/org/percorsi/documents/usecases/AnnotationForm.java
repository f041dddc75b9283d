package org.percorsi.documents.usecases;

/**
 * A comment on a paragraph; with a passage selected (the page's script fills them), the quoted text and its
 * start and end offsets in the paragraph's plain text.
 */
public record AnnotationForm(String body, String quote, Integer start, Integer end) {}
