package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.Process;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager writes the process's easy-read summary: a few plain sentences on what it is about and how to take part,
 * shown first on its page and translated like the rest.
 */
@Service
public class WriteEasyRead {

    public static final int MAX_LENGTH = 2000;

    private final ProcessRepository processes;
    private final ProcessPermissions permissions;
    private final ApplicationEventPublisher events;

    WriteEasyRead(ProcessRepository processes, ProcessPermissions permissions, ApplicationEventPublisher events) {
        this.processes = processes;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, EasyReadForm form) {
        permissions.requireCanManage(processId);
        Process process =
                processes.findById(processId).orElseThrow(() -> new NotFoundException("process " + processId));
        String text = form.easyRead() == null ? "" : form.easyRead().strip();
        if (text.length() > MAX_LENGTH) {
            throw new RuleViolation("easyRead", "processes.easyRead.tooLong", MAX_LENGTH);
        }
        process.setEasyRead(text.isEmpty() ? null : text);
        events.publishEvent(ProcessEvents.changed(processes.save(process)));
    }
}
