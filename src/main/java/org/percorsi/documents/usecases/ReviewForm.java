package org.percorsi.documents.usecases;

import java.time.LocalDate;
import org.percorsi.documents.ReviewOutcome;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A review of a version out of draft, by the negotiation table or the tecnico di garanzia: when, outcome, notes;
 * for the table's, optionally the decision of its session that recorded it ({@code decision}, its id).
 */
public record ReviewForm(
        Integer version,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
        ReviewOutcome outcome,
        String notes,
        Long decision) {

    /** A review that refers to no decision of the table. */
    public ReviewForm(Integer version, LocalDate on, ReviewOutcome outcome, String notes) {
        this(version, on, outcome, notes, null);
    }
}
