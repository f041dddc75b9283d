package org.percorsi.processes;

import java.time.LocalDate;

/** A date coming up in a public process: a phase that starts or ends. */
public record UpcomingDate(
        LocalDate date,
        boolean start,
        String processSlug,
        String processTitle,
        String phaseTitle,
        PhaseType phaseType) {}
