package org.percorsi.outreach.usecases;

import java.util.List;

/**
 * An info point as typed: name, address and optional coordinates (decimal degrees), neighbourhood (a territorial
 * scope), the association that runs it, languages spoken, opening hours as rows of weekday (1 Monday … 7 Sunday),
 * opening and closing time ({@code hh:mm}), and a free note on the hours.
 */
public record InfoPointForm(
        String name,
        String address,
        String latitude,
        String longitude,
        Long scopeId,
        String organisation,
        List<String> languages,
        String hoursNote,
        List<String> slotDay,
        List<String> slotOpens,
        List<String> slotCloses) {

    /** Rows of opening hours the form offers. */
    public static final int SLOT_ROWS = 6;

    public List<String> languageCodes() {
        return languages == null ? List.of() : languages;
    }

    public String day(int row) {
        return at(slotDay, row);
    }

    public String opens(int row) {
        return at(slotOpens, row);
    }

    public String closes(int row) {
        return at(slotCloses, row);
    }

    private static String at(List<String> values, int row) {
        return values == null || row >= values.size() || values.get(row) == null ? "" : values.get(row);
    }

    public static InfoPointForm empty() {
        return new InfoPointForm("", "", "", "", null, "", List.of("it"), "", List.of(), List.of(), List.of());
    }
}
