package org.percorsi.programming.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An activity of an intervention; its dates may be left empty until they are known. */
public record ActivityForm(
        String title,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {}
