package org.percorsi.stakeholders.usecases;

/** The phase before which every neighbourhood needs a referent; empty: no such rule. */
public record ReferentRuleForm(Long phaseId) {}
