package org.percorsi.api.queries;

/** A link to another resource (or page), absolute. */
public record Link(String href) {}
