package org.percorsi.stakeholders.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Accepting a request to join the table, from the day chosen (today when left empty). */
public record AcceptForm(
        Long memberId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn) {}
