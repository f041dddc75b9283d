package org.percorsi.harvest.usecases;

/** The votes an option got at a table, or in plenary without a table. */
public record PollVotesForm(Long optionId, Long tableId, Integer votes) {}
