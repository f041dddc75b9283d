package org.percorsi.regional.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The formal start: the starting action, its date, the date of the certified mail (PEC), the public address. */
public record FormalStartForm(
        String action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate pecDate,
        String publicUrl) {

    public static FormalStartForm empty() {
        return new FormalStartForm(null, null, null, null);
    }
}
