package org.percorsi.harvest.usecases;

/** A world-café round with its question, or an interview's guide question. */
public record HarvestRoundForm(String question) {}
