package org.percorsi.harvest.usecases;

import org.percorsi.harvest.HarvestChanged;
import org.percorsi.harvest.domain.HarvestStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A facilitator adds a world-café round (or an interview's guide question), numbered in order. */
@Service
public class AddHarvestRound {

    private final HarvestRules rules;
    private final HarvestStore store;
    private final ApplicationEventPublisher events;

    AddHarvestRound(HarvestRules rules, HarvestStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    /** Returns the new round's id. */
    @Transactional
    public long handle(long meetingId, HarvestRoundForm form) {
        rules.recordableByViewer(meetingId);
        long id = store.addRound(meetingId, HarvestRules.required("question", form.question(), 1000));
        events.publishEvent(new HarvestChanged(meetingId));
        return id;
    }
}
