package org.percorsi.stakeholders.usecases;

/** An organisation's own representative withdraws it from the table (or its request). */
public record LeaveForm(Long memberId) {}
