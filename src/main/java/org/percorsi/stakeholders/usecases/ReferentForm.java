package org.percorsi.stakeholders.usecases;

/** Naming the referent of a neighbourhood (a scope) or of a theme: exactly one of the two. */
public record ReferentForm(Long scopeId, Long themeId, Long representativeId) {}
