package org.percorsi.harvest.usecases;

import org.percorsi.harvest.HarvestChanged;
import org.percorsi.harvest.domain.HarvestStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator removes a mistaken entry. What already became a proposal stays, as that proposal's origin, and so
 * does a table one of whose notes did.
 */
@Service
public class RemoveHarvestEntry {

    private final HarvestRules rules;
    private final HarvestStore store;
    private final ApplicationEventPublisher events;

    RemoveHarvestEntry(HarvestRules rules, HarvestStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long meetingId, HarvestEntryForm form) {
        rules.recordableByViewer(meetingId);
        long target = HarvestRules.present("target", form.target());
        boolean done = form.group() ? store.removeGroup(meetingId, target) : store.removeItem(meetingId, target);
        if (!done) {
            throw RuleViolation.global("harvest.cannotRemove");
        }
        events.publishEvent(new HarvestChanged(meetingId));
    }
}
