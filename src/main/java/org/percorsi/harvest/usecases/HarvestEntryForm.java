package org.percorsi.harvest.usecases;

/** One entry of the harvest: a group (table, cluster, theme, profile) when {@code group}, else an item. */
public record HarvestEntryForm(Boolean group, Long target) {

    /** Not sent (a hand-made request), it means an item, as the pages' forms say. */
    public HarvestEntryForm {
        group = Boolean.TRUE.equals(group);
    }
}
