package org.percorsi.stakeholders.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A member leaves the table from the day given (today when left empty). */
public record WithdrawForm(
        Long memberId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate withdrawnOn) {}
