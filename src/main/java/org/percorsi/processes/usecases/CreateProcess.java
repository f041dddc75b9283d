package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.Process;
import org.percorsi.processes.domain.ProcessRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator creates a process; it starts as a draft, seen only in the back office. */
@Service
public class CreateProcess {

    private final ProcessRepository processes;
    private final ProcessDetails details;
    private final ProcessPermissions permissions;
    private final ApplicationEventPublisher events;

    CreateProcess(
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
    public long handle(ProcessForm form) {
        permissions.requireCanCreate();
        String slug = details.slugFor(form.slug(), form.title(), null);
        Process process = Process.draft(
                slug, form.title().strip(), form.shortDescription().strip());
        details.apply(process, form, slug);
        Process saved = processes.save(process);
        events.publishEvent(ProcessEvents.changed(saved));
        return saved.getId();
    }
}
