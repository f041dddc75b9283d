package org.percorsi.outreach.usecases;

import org.percorsi.outreach.OutreachChanged;
import org.percorsi.outreach.domain.InfoPointStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager removes an info point that closed, with its hours and counts. */
@Service
public class RemoveInfoPoint {

    private final OutreachRules rules;
    private final ApplicationEventPublisher events;
    private final InfoPointStore store;

    RemoveInfoPoint(OutreachRules rules, ApplicationEventPublisher events, InfoPointStore store) {
        this.rules = rules;
        this.events = events;
        this.store = store;
    }

    @Transactional
    public void handle(long processId, long pointId) {
        rules.managedByViewer(processId);
        if (!store.delete(processId, pointId)) {
            throw new NotFoundException("info point " + pointId);
        }
        events.publishEvent(new OutreachChanged(processId));
    }
}
