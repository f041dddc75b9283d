package org.percorsi.harvest.usecases;

/** The cluster or theme a card or comment goes into; none takes it out. */
public record HarvestClusterForm(Long target, Long clusterId) {}
