package org.percorsi.processes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;

/**
 * Process forms for tests: what most tests need is a public process with a title and nothing else, and to
 * publish it, one open phase.
 */
public final class ProcessForms {

    private ProcessForms() {}

    /** A public process with this title, a generated address, a short description and nothing else. */
    public static ProcessForm publicProcess(String title) {
        return process(title, Visibility.PUBLIC);
    }

    /** The same, reserved to the process's area. */
    public static ProcessForm reservedProcess(String title) {
        return process(title, Visibility.RESERVED);
    }

    private static ProcessForm process(String title, Visibility visibility) {
        return process(title, "", visibility);
    }

    /** A process with this title, address ({@code /processes/{slug}}) and visibility, a short description. */
    public static ProcessForm process(String title, String slug, Visibility visibility) {
        return new ProcessForm(
                title, slug, "Breve", "", "", "", "", "", "", visibility, List.of(), List.of(), null, "", false, null);
    }

    /** An opening phase, public, under way today in Rome (started five days ago, ending in forty). */
    public static PhaseForm openPhase() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        return new PhaseForm(PhaseType.OPENING, "Apertura", "", today.minusDays(5), today.plusDays(40), "", "", false);
    }
}
