package org.percorsi.documents.usecases;

import java.time.LocalDate;
import org.percorsi.documents.MonitoringProgress;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A monitoring update on the published act: when it happened, where things stand, what was done; {@code item}:
 * the item it is about (none: the act as a whole); {@code corrects}: the earlier update it corrects, if any.
 */
public record MonitoringForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
        MonitoringProgress progress,
        String note,
        Long item,
        Long corrects) {}
