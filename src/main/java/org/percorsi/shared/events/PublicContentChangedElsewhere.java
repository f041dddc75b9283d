package org.percorsi.shared.events;

/**
 * What visitors see may have changed on another node sharing the database (it announced a
 * {@link PublicContentChanged}), or this node cannot tell (it was not listening for a while): a node's own
 * caches of public pages empty themselves. Published by {@link ChangesAcrossNodes}, on this node only.
 */
public record PublicContentChangedElsewhere() {}
