package org.percorsi.harvest.usecases;

import org.percorsi.harvest.HarvestItemKind;

/** A note, card, comment or answer, with the table, round and cluster or theme it belongs to (each optional). */
public record HarvestItemForm(HarvestItemKind kind, Long tableId, Long roundId, Long clusterId, String body) {}
