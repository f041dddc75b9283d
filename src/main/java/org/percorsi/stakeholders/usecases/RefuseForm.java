package org.percorsi.stakeholders.usecases;

/** Refusing a request to join the table, with the reason (required), kept as the review note. */
public record RefuseForm(Long memberId, String reason) {}
