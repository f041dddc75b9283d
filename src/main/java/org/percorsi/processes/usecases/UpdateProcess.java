package org.percorsi.processes.usecases;

import java.util.UUID;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.Process;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager changes a process's description, classification, visibility or cover.
 * If someone else saved it meanwhile, the change is refused instead of silently
 * overwriting theirs.
 */
@Service
public class UpdateProcess {

    private final ProcessRepository processes;
    private final ProcessDetails details;
    private final ProcessPermissions permissions;
    private final ApplicationEventPublisher events;

    UpdateProcess(
            ProcessRepository processes,
            ProcessDetails details,
            ProcessPermissions permissions,
            ApplicationEventPublisher events) {
        this.events = events;
        this.processes = processes;
        this.details = details;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long id, ProcessForm form) {
        permissions.requireCanManage(id);
        Process process = processes.findById(id).orElseThrow(() -> new NotFoundException("process " + id));
        if (form.version() != null && !form.version().equals(process.getVersion())) {
            throw RuleViolation.global("process.changedMeanwhile");
        }
        String slug = details.slugFor(form.slug(), form.title(), id);
        UUID previousCover = process.getCoverImageId();
        details.apply(process, form, slug);
        Process saved = processes.save(process);
        details.deleteCoverIfReplaced(previousCover, saved);
        events.publishEvent(ProcessEvents.changed(saved));
    }
}
