package org.percorsi.harvest.usecases;

/** An instant poll: its question and its options, one per line. */
public record HarvestPollForm(String question, String options) {}
