package org.percorsi.regional.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An extension granted: how many days, why, and when it was granted. */
public record ExtensionForm(
        Integer days,
        String reason,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate grantedOn) {

    public static ExtensionForm empty() {
        return new ExtensionForm(null, null, null);
    }
}
