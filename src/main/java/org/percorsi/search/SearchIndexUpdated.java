package org.percorsi.search;

import org.percorsi.shared.events.PublicContentChanged;

/**
 * The search index changed (after the change it follows had committed): search pages shown earlier are out of date.
 * {@code refId} is the document's, or the cycle's when a DUP import re-indexed its objectives.
 */
public record SearchIndexUpdated(String kind, long refId) implements PublicContentChanged {}
