package org.percorsi.outreach.usecases;

import org.percorsi.outreach.OutreachChanged;
import org.percorsi.outreach.domain.InfoPointStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager corrects an info point; its opening hours are replaced by those of the form, all at once. */
@Service
public class EditInfoPoint {

    private final OutreachRules rules;
    private final ApplicationEventPublisher events;
    private final InfoPointInput input;
    private final InfoPointStore store;

    EditInfoPoint(OutreachRules rules, ApplicationEventPublisher events, InfoPointInput input, InfoPointStore store) {
        this.rules = rules;
        this.events = events;
        this.input = input;
        this.store = store;
    }

    @Transactional
    public void handle(long processId, long pointId, InfoPointForm form) {
        rules.managedByViewer(processId);
        if (!store.update(processId, pointId, input.read(form))) {
            throw new NotFoundException("info point " + pointId);
        }
        events.publishEvent(new OutreachChanged(processId));
    }
}
