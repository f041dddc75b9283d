package org.percorsi.programming.usecases;

import java.math.BigDecimal;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;

/** The rules every part of an intervention's sheet follows: texts, amounts, and the sheet they belong to. */
final class InterventionRules {

    private InterventionRules() {}

    /** Refuses (404) a part for an intervention that does not exist. */
    static void requireExisting(InterventionStore interventions, long intervention) {
        if (!interventions.exists(intervention)) {
            throw new NotFoundException("intervention " + intervention);
        }
    }

    /** An amount in euro: given, not negative, in cents at most. */
    static BigDecimal amount(BigDecimal amount) {
        if (amount == null) {
            throw new RuleViolation("amount", "NotNull");
        }
        if (amount.signum() < 0
                || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("amount", "programming.intervention.amountInvalid");
        }
        return amount;
    }

    /** A text that must be given, stripped, of 1000 characters at most. */
    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "NotBlank");
        }
        if (value.strip().length() > 1000) {
            throw new RuleViolation(field, "Size", 0, 1000);
        }
        return value.strip();
    }
}
