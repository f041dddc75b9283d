package org.percorsi.programming.usecases;

import java.util.List;

/**
 * The confirmation of a previewed import: the fingerprint of the plan the preview showed, and the
 * administrator's choice for each near-duplicate body it flagged, as "key=" (a body of its own) or
 * "key=body key" (another name of that body).
 */
public record ConfirmImportForm(String plan, List<String> same) {

    public ConfirmImportForm {
        same = same == null ? List.of() : List.copyOf(same);
    }

    /** Confirms the preview as shown, every flagged body kept as a body of its own. */
    public static ConfirmImportForm asPreviewed(ImportDupTable.Preview preview) {
        return new ConfirmImportForm(preview.fingerprint(), List.of());
    }
}
