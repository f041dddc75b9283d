package org.percorsi.regional.usecases;

import org.percorsi.regional.DossierChanged;
import org.percorsi.regional.domain.DossierStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager removes a cost typed by mistake. */
@Service
public class RemoveCost {

    private final RegionalRules rules;
    private final DossierStore store;
    private final ApplicationEventPublisher events;

    RemoveCost(RegionalRules rules, DossierStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long costId) {
        rules.dossier(processId);
        long id = store.lockByProcess(processId).orElseThrow();
        if (!store.removeCost(id, costId)) {
            throw new NotFoundException("cost " + costId);
        }
        events.publishEvent(new DossierChanged(processId));
    }
}
