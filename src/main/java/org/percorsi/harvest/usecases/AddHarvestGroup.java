package org.percorsi.harvest.usecases;

import org.percorsi.harvest.HarvestChanged;
import org.percorsi.harvest.domain.HarvestStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A facilitator adds a table (with its host), a metaplan cluster, a theme or an interviewee profile. */
@Service
public class AddHarvestGroup {

    private final HarvestRules rules;
    private final HarvestStore store;
    private final ApplicationEventPublisher events;

    AddHarvestGroup(HarvestRules rules, HarvestStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    /** Returns the new group's id. */
    @Transactional
    public long handle(long meetingId, HarvestGroupForm form) {
        rules.recordableByViewer(meetingId);
        var kind = HarvestRules.present("kind", form.kind());
        String label = HarvestRules.required("label", form.label(), 300);
        if (form.people() != null && (form.people() < 0 || form.people() > HarvestRules.MAX_COUNT)) {
            throw new RuleViolation("people", "harvest.number");
        }
        long id = store.addGroup(
                meetingId, kind.name(), label, HarvestRules.optional("host", form.host(), 200), form.people());
        events.publishEvent(new HarvestChanged(meetingId));
        return id;
    }
}
