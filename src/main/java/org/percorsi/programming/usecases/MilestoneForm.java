package org.percorsi.programming.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A milestone of an intervention and the day it is due. */
public record MilestoneForm(
        String title,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {}
