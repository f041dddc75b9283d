package org.percorsi.outreach.usecases;

import org.percorsi.outreach.OutreachChanged;
import org.percorsi.outreach.domain.ActionStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager adds an action to the process's communication plan. */
@Service
public class AddAction {

    private final OutreachRules rules;
    private final ApplicationEventPublisher events;
    private final ActionInput input;
    private final ActionStore store;

    AddAction(OutreachRules rules, ApplicationEventPublisher events, ActionInput input, ActionStore store) {
        this.rules = rules;
        this.events = events;
        this.input = input;
        this.store = store;
    }

    @Transactional
    public long handle(long processId, ActionForm form) {
        rules.managedByViewer(processId);
        long id = store.insert(processId, input.read(processId, form));
        events.publishEvent(new OutreachChanged(processId));
        return id;
    }
}
