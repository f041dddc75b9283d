package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager archives a concluded process: it remains on record but leaves the default lists. */
@Service
public class ArchiveProcess {

    private final ChangeProcessStatus change;

    ArchiveProcess(ChangeProcessStatus change) {
        this.change = change;
    }

    @Transactional
    public void handle(long id) {
        var process = change.load(id, ProcessStatus.CONCLUDED, "process.archive.notConcluded");
        process.archive();
        change.save(process);
    }
}
