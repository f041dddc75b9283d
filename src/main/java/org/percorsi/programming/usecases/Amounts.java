package org.percorsi.programming.usecases;

import java.math.BigDecimal;
import org.percorsi.shared.validation.RuleViolation;

/**
 * Amounts and measures as people type them: "1.250,50" (Italian), "1250,5",
 * "1250.50" or "1,250.50". A wrong one is refused with a message on its field.
 */
public final class Amounts {

    private Amounts() {}

    /** The number typed, or null when the field was left empty. */
    public static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "");
        int comma = value.lastIndexOf(',');
        int dot = value.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // the last separator is the decimal one
            value = comma > dot ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
        } else if (comma >= 0) {
            value = value.indexOf(',') == comma ? value.replace(',', '.') : value.replace(",", "");
        } else if (dot >= 0 && value.indexOf('.') != dot) {
            value = value.replace(".", ""); // 1.250.000: thousands
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "programming.intervention.amountInvalid");
        }
    }
}
