package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessChanged;
import org.percorsi.processes.ProcessStatus;
import org.percorsi.processes.domain.Process;
import org.percorsi.shared.richtext.RichText;

/** The event of a change to a process, carrying the process as it was just saved. */
final class ProcessEvents {

    private ProcessEvents() {}

    /** {@code saved} as the repository returned it, with the version its save counted. */
    static ProcessChanged changed(Process saved) {
        return new ProcessChanged(
                saved.getId(),
                saved.getVersion(),
                saved.getSlug(),
                saved.getTitle(),
                saved.getShortDescription() + " " + RichText.plainText(saved.getDescriptionHtml()),
                saved.getStatus() == ProcessStatus.DRAFT);
    }
}
