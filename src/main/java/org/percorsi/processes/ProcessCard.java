package org.percorsi.processes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A process in a list: enough for a card, its dates and the phase under way, if any. */
public record ProcessCard(
        long id,
        String slug,
        String title,
        String shortDescription,
        ProcessStatus status,
        Visibility visibility,
        UUID coverImageId,
        String coverImageAlt,
        LocalDate firstDate,
        LocalDate lastDate,
        String currentPhaseTitle,
        PhaseType currentPhaseType,
        List<Long> themeIds,
        List<Long> scopeIds) {}
