package org.percorsi.regional.usecases;

import org.percorsi.regional.CostCategory;

/**
 * A cost of the process: its category, what it is, its amount, and how it is funded (regional contribution, own
 * funds, others; euro as typed, an empty part is nothing).
 */
public record CostForm(
        CostCategory category,
        String description,
        String amount,
        String regionalPart,
        String ownPart,
        String otherPart) {

    public static CostForm empty() {
        return new CostForm(null, null, null, null, null, null);
    }
}
