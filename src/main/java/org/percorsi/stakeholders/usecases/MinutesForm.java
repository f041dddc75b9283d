package org.percorsi.stakeholders.usecases;

/** A session's minutes as typed (rich text: sanitized when saved). */
public record MinutesForm(String minutes) {}
