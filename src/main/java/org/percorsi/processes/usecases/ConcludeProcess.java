package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager concludes a published process: it stays public, marked as concluded. */
@Service
public class ConcludeProcess {

    private final ChangeProcessStatus change;

    ConcludeProcess(ChangeProcessStatus change) {
        this.change = change;
    }

    @Transactional
    public void handle(long id) {
        var process = change.load(id, ProcessStatus.PUBLISHED, "process.conclude.notPublished");
        process.conclude();
        change.save(process);
    }
}
