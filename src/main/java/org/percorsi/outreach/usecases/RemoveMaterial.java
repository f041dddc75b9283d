package org.percorsi.outreach.usecases;

import org.percorsi.files.FilesApi;
import org.percorsi.outreach.OutreachChanged;
import org.percorsi.outreach.domain.ActionStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager removes a material from an action; its file stops being served. */
@Service
public class RemoveMaterial {

    private final OutreachRules rules;
    private final ApplicationEventPublisher events;
    private final ActionStore store;
    private final FilesApi files;

    RemoveMaterial(OutreachRules rules, ApplicationEventPublisher events, ActionStore store, FilesApi files) {
        this.rules = rules;
        this.events = events;
        this.store = store;
        this.files = files;
    }

    @Transactional
    public void handle(long processId, long actionId, long materialId) {
        rules.managedByViewer(processId);
        files.delete(store.deleteMaterial(processId, actionId, materialId)
                .orElseThrow(() -> RuleViolation.global("outreach.alreadyRemoved")));
        events.publishEvent(new OutreachChanged(processId));
    }
}
