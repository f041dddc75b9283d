package org.percorsi.harvest.usecases;

/** The plenary synthesis, rich text. */
public record SynthesisForm(String synthesis) {}
