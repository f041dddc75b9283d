package org.percorsi.processes;

import java.time.LocalDate;
import java.util.List;

/** A phase as pages show it, with where it stands relative to today. */
public record PhaseView(
        long id,
        int position,
        PhaseType type,
        String title,
        String descriptionHtml,
        LocalDate startDate,
        LocalDate endDate,
        List<String> expectedOutputs,
        List<String> tools,
        Timing timing,
        boolean reserved) {

    public enum Timing {
        PAST,
        CURRENT,
        UPCOMING,
        UNDATED
    }

    public static Timing timing(LocalDate start, LocalDate end, LocalDate today) {
        if (start == null || end == null) {
            return Timing.UNDATED;
        }
        if (today.isBefore(start)) {
            return Timing.UPCOMING;
        }
        return today.isAfter(end) ? Timing.PAST : Timing.CURRENT;
    }

    public boolean isCurrent() {
        return timing == Timing.CURRENT;
    }
}
