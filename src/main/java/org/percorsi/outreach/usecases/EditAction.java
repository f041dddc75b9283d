package org.percorsi.outreach.usecases;

import org.percorsi.outreach.OutreachChanged;
import org.percorsi.outreach.domain.ActionStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager corrects an action, or records that it was done and when. */
@Service
public class EditAction {

    private final OutreachRules rules;
    private final ApplicationEventPublisher events;
    private final ActionInput input;
    private final ActionStore store;

    EditAction(OutreachRules rules, ApplicationEventPublisher events, ActionInput input, ActionStore store) {
        this.rules = rules;
        this.events = events;
        this.input = input;
        this.store = store;
    }

    @Transactional
    public void handle(long processId, long actionId, ActionForm form) {
        rules.managedByViewer(processId);
        if (!store.update(processId, actionId, input.read(processId, form))) {
            throw new NotFoundException("action " + actionId);
        }
        events.publishEvent(new OutreachChanged(processId));
    }
}
