package org.percorsi.regional.usecases;

import org.percorsi.regional.DossierChanged;
import org.percorsi.regional.domain.DossierStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager corrects or completes the dossier's details (the call stays the one it was opened from). */
@Service
public class EditDossier {

    private final RegionalRules rules;
    private final DossierDetails details;
    private final DossierStore store;
    private final ApplicationEventPublisher events;

    EditDossier(RegionalRules rules, DossierDetails details, DossierStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.details = details;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, DossierForm form) {
        rules.dossier(processId);
        long id = store.lockByProcess(processId).orElseThrow();
        var dossier = rules.dossier(processId); // as it is once locked
        var start = dossier.start() == null ? null : dossier.start().date();
        store.update(id, details.check(form, dossier.call(), start));
        events.publishEvent(new DossierChanged(processId));
    }
}
