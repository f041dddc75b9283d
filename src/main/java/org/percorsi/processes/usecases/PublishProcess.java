package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager publishes a draft: it appears on the public site (if public) with its timeline. */
@Service
public class PublishProcess {

    private final ChangeProcessStatus change;

    PublishProcess(ChangeProcessStatus change) {
        this.change = change;
    }

    @Transactional
    public void handle(long id) {
        var process = change.load(id, ProcessStatus.DRAFT, "process.publish.notDraft");
        change.requirePublishable(process);
        process.publish();
        change.save(process);
    }
}
