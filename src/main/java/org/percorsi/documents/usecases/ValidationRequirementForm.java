package org.percorsi.documents.usecases;

/** Whether the document's versions must be validated by the tecnico di garanzia before they are sent. */
public record ValidationRequirementForm(Boolean requiresValidation) {}
