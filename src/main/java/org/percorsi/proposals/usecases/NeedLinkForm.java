package org.percorsi.proposals.usecases;

/** Which need of the process an idea answers. */
public record NeedLinkForm(Long needId) {}
