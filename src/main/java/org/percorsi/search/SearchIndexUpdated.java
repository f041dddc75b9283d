package org.percorsi.search;

/** The search index changed (after the change it follows had committed): search pages shown earlier are out of date. */
public record SearchIndexUpdated(String kind, long refId) {
}
