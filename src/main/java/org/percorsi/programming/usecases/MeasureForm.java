package org.percorsi.programming.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A value of an indicator measured on a day; the value as typed ({@link Amounts}). */
public record MeasureForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measuredOn, String value) {}
