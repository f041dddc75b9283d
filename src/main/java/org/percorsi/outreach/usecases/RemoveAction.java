package org.percorsi.outreach.usecases;

import org.percorsi.files.FilesApi;
import org.percorsi.outreach.OutreachChanged;
import org.percorsi.outreach.domain.ActionStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager removes an action from the plan, and its materials' files with it (no longer served). */
@Service
public class RemoveAction {

    private final OutreachRules rules;
    private final ApplicationEventPublisher events;
    private final ActionStore store;
    private final FilesApi files;

    RemoveAction(OutreachRules rules, ApplicationEventPublisher events, ActionStore store, FilesApi files) {
        this.rules = rules;
        this.events = events;
        this.store = store;
        this.files = files;
    }

    @Transactional
    public void handle(long processId, long actionId) {
        rules.managedByViewer(processId);
        store.delete(processId, actionId)
                .orElseThrow(() -> new NotFoundException("action " + actionId))
                .forEach(files::delete);
        events.publishEvent(new OutreachChanged(processId));
    }
}
