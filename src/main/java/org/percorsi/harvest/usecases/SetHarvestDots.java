package org.percorsi.harvest.usecases;

import org.percorsi.harvest.HarvestChanged;
import org.percorsi.harvest.domain.HarvestStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A facilitator counts the metaplan dots a card or a cluster gathered (a correction replaces the count). */
@Service
public class SetHarvestDots {

    private final HarvestRules rules;
    private final HarvestStore store;
    private final ApplicationEventPublisher events;

    SetHarvestDots(HarvestRules rules, HarvestStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long meetingId, HarvestDotsForm form) {
        rules.recordableByViewer(meetingId);
        long target = HarvestRules.present("target", form.target());
        int dots = HarvestRules.count("dots", form.dots());
        boolean done =
                form.group() ? store.setGroupDots(meetingId, target, dots) : store.setItemDots(meetingId, target, dots);
        if (!done) {
            throw new NotFoundException("harvest " + target);
        }
        events.publishEvent(new HarvestChanged(meetingId));
    }
}
