package org.percorsi.documents.usecases;

/** The managers' answer to an amendment: ACCEPTED or REJECTED, with a reason (required to reject). */
public record AmendmentAnswerForm(Long amendment, String outcome, String reason) {}
