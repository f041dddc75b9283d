package org.percorsi.programming.usecases;

/** Two bodies of the registry that are one: the one merged leaves the registry, the survivor stays. */
public record MergeBodiesForm(Long merged, Long survivor) {}
