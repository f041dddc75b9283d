package org.percorsi.programming.usecases;

/** A DUP objective or action an intervention works towards, chosen among the search results. */
public record InterventionObjectiveForm(Long nodeId) {}
