package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessStatus;
import org.percorsi.processes.domain.Phase;
import org.percorsi.processes.domain.PhaseRepository;
import org.percorsi.processes.domain.Process;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Loads a process for a status change and checks the change is allowed from where it stands. */
@Component
class ChangeProcessStatus {

    private final ProcessRepository processes;
    private final PhaseRepository phases;
    private final ProcessPermissions permissions;
    private final ApplicationEventPublisher events;

    ChangeProcessStatus(
            ProcessRepository processes,
            PhaseRepository phases,
            ProcessPermissions permissions,
            ApplicationEventPublisher events) {
        this.events = events;
        this.processes = processes;
        this.phases = phases;
        this.permissions = permissions;
    }

    Process load(long id, ProcessStatus requiredCurrent, String refusalKey) {
        permissions.requireCanManage(id);
        Process process = processes.findById(id).orElseThrow(() -> new NotFoundException("process " + id));
        if (process.getStatus() != requiredCurrent) {
            throw RuleViolation.global(refusalKey);
        }
        return process;
    }

    /**
     * A process goes public only with a summary people can read (the text of its card in the lists and search,
     * and the lead of its page) and a timeline they can follow: at least one phase, all dated.
     */
    void requirePublishable(Process process) {
        if (visiblyEmpty(process.getShortDescription())) {
            throw new RuleViolation("shortDescription", "process.publish.noSummary");
        }
        var list = phases.findByProcessIdOrdered(process.getId());
        if (list.isEmpty()) {
            throw RuleViolation.global("process.publish.noPhases");
        }
        if (!list.stream().allMatch(Phase::isDated)) {
            throw RuleViolation.global("process.publish.undatedPhases");
        }
    }

    /**
     * Nothing a reader would see: the form's "not blank" lets through what Java does not call white space (a
     * no-break space, a zero-width space pasted from a document), and the use cases take texts as given.
     */
    private static boolean visiblyEmpty(String text) {
        return text == null || text.replaceAll("[\\s\\p{Z}\\p{Cf}]", "").isEmpty();
    }

    void save(Process process) {
        events.publishEvent(ProcessEvents.changed(processes.save(process)));
    }
}
