package org.percorsi.outreach.usecases;

import org.percorsi.outreach.OutreachChanged;
import org.percorsi.outreach.domain.InfoPointStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager adds an info point of the process, with its opening hours. */
@Service
public class AddInfoPoint {

    private final OutreachRules rules;
    private final ApplicationEventPublisher events;
    private final InfoPointInput input;
    private final InfoPointStore store;

    AddInfoPoint(OutreachRules rules, ApplicationEventPublisher events, InfoPointInput input, InfoPointStore store) {
        this.rules = rules;
        this.events = events;
        this.input = input;
        this.store = store;
    }

    @Transactional
    public long handle(long processId, InfoPointForm form) {
        rules.managedByViewer(processId);
        long id = store.insert(processId, input.read(form));
        events.publishEvent(new OutreachChanged(processId));
        return id;
    }
}
