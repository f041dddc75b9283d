package org.percorsi.documents.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening a draft to consultation: from when to when, and whether it is for the reserved area or public. */
public record ConsultationForm(
        Integer version,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String visibility) {}
