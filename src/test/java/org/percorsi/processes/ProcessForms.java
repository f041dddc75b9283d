package org.percorsi.processes;

import java.util.List;
import org.percorsi.processes.usecases.ProcessForm;

/** Process forms for tests: what most tests need is a public process with a title and nothing else. */
public final class ProcessForms {

    private ProcessForms() {}

    /** A public process with this title, a generated address, a short description and nothing else. */
    public static ProcessForm publicProcess(String title) {
        return new ProcessForm(
                title,
                "",
                "Breve",
                "",
                "",
                "",
                "",
                "",
                "",
                Visibility.PUBLIC,
                List.of(),
                List.of(),
                null,
                "",
                false,
                null);
    }
}
