package org.percorsi.harvest.usecases;

/** The metaplan dots on a card, or on a cluster when {@code group}. */
public record HarvestDotsForm(Boolean group, Long target, Integer dots) {

    /** Not sent (a hand-made request), it means an item, as the pages' forms say. */
    public HarvestDotsForm {
        group = Boolean.TRUE.equals(group);
    }
}
