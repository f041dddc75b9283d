package org.percorsi.programming.usecases;

/** A proposal an intervention carries out, by its number. */
public record InterventionProposalForm(Long proposalId) {}
