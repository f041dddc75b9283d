package org.percorsi.stakeholders.usecases;

/** The number of the earlier session whose minutes this session approves. */
public record MinutesApprovalForm(Integer earlier) {}
