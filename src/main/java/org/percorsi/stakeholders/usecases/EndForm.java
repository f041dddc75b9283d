package org.percorsi.stakeholders.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The last day a person represents the organisation. */
public record EndForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {}
