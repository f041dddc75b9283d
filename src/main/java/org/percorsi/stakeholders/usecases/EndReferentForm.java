package org.percorsi.stakeholders.usecases;

/** Ending a current referent. */
public record EndReferentForm(Long referentId) {}
