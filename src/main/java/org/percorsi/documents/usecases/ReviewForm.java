package org.percorsi.documents.usecases;

import java.time.LocalDate;
import org.percorsi.documents.ReviewOutcome;
import org.springframework.format.annotation.DateTimeFormat;

/** A review of a version out of draft, by the negotiation table or the tecnico di garanzia: when, outcome, notes. */
public record ReviewForm(
        Integer version,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
        ReviewOutcome outcome,
        String notes) {}
