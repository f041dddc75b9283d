package org.percorsi.documents.usecases;

/** Which comment of the document a manager hides. */
public record HideCommentForm(Long comment) {}
