package org.percorsi.documents.usecases;

/** Which version an action without other fields (closing a consultation) is about. */
public record VersionForm(Integer version) {}
