package org.percorsi.harvest.usecases;

import org.percorsi.harvest.HarvestChanged;
import org.percorsi.harvest.domain.HarvestStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A facilitator moves a card or comment into a cluster or theme of the same meeting, or out of it. */
@Service
public class ClusterHarvestItem {

    private final HarvestRules rules;
    private final HarvestStore store;
    private final ApplicationEventPublisher events;

    ClusterHarvestItem(HarvestRules rules, HarvestStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long meetingId, HarvestClusterForm form) {
        rules.recordableByViewer(meetingId);
        long item = HarvestRules.present("target", form.target());
        if (form.clusterId() != null && !rules.isClusterOrTheme(meetingId, form.clusterId())) {
            throw new RuleViolation("clusterId", "harvest.unknownCluster");
        }
        if (!store.assignCluster(meetingId, item, form.clusterId())) {
            throw new NotFoundException("harvest item " + item);
        }
        events.publishEvent(new HarvestChanged(meetingId));
    }
}
