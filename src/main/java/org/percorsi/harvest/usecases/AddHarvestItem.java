package org.percorsi.harvest.usecases;

import org.percorsi.harvest.HarvestChanged;
import org.percorsi.harvest.HarvestItemKind;
import org.percorsi.harvest.domain.HarvestStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator writes down a note, card, comment or answer; what it belongs to must be of the same meeting and of
 * the right kind, and a world-café note names its table and its round.
 */
@Service
public class AddHarvestItem {

    private final HarvestRules rules;
    private final HarvestStore store;
    private final ApplicationEventPublisher events;

    AddHarvestItem(HarvestRules rules, HarvestStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    /** Returns the new item's id. */
    @Transactional
    public long handle(long meetingId, HarvestItemForm form) {
        rules.recordableByViewer(meetingId);
        var kind = HarvestRules.present("kind", form.kind());
        String body = HarvestRules.required("body", form.body(), HarvestRules.MAX_TEXT);
        if (form.tableId() != null && !rules.isTable(meetingId, form.tableId())) {
            throw new RuleViolation("tableId", "harvest.unknownTable");
        }
        if (form.roundId() != null && !store.roundExists(meetingId, form.roundId())) {
            throw new RuleViolation("roundId", "harvest.unknownRound");
        }
        if (form.clusterId() != null && !rules.isClusterOrTheme(meetingId, form.clusterId())) {
            throw new RuleViolation("clusterId", "harvest.unknownCluster");
        }
        if (kind == HarvestItemKind.NOTE && (form.tableId() == null || form.roundId() == null)) {
            throw new RuleViolation(form.tableId() == null ? "tableId" : "roundId", "harvest.noteNeedsTableAndRound");
        }
        long id = store.addItem(meetingId, kind.name(), form.tableId(), form.roundId(), form.clusterId(), body);
        events.publishEvent(new HarvestChanged(meetingId));
        return id;
    }
}
