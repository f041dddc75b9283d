package org.percorsi.regional.usecases;

import org.percorsi.regional.DossierChanged;
import org.percorsi.regional.domain.DossierStore;
import org.percorsi.regional.queries.CallQueries;
import org.percorsi.regional.queries.DossierQueries;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager opens the dossier of a funded process from one of the calls: one per process. The call's rules then
 * govern its deadlines, and its final document must be validated before it is sent when the call says so.
 */
@Service
public class CreateDossier {

    private final RegionalRules rules;
    private final DossierDetails details;
    private final DossierStore store;
    private final DossierQueries dossiers;
    private final CallQueries calls;
    private final ApplicationEventPublisher events;

    CreateDossier(
            RegionalRules rules,
            DossierDetails details,
            DossierStore store,
            DossierQueries dossiers,
            CallQueries calls,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.details = details;
        this.store = store;
        this.dossiers = dossiers;
        this.calls = calls;
        this.events = events;
    }

    /** Returns the new dossier's id. */
    @Transactional
    public long handle(long processId, DossierForm form) {
        rules.dossierManagedByViewer(processId);
        store.lockProcess(processId);
        if (dossiers.ofProcess(processId).isPresent()) {
            throw RuleViolation.global("regional.dossier.exists");
        }
        var call = calls.byId(RegionalRules.present("callId", form.callId()))
                .orElseThrow(() -> new RuleViolation("callId", "regional.dossier.unknownCall"));
        long id = store.insert(processId, call.id(), details.check(form, call, null), rules.viewer());
        events.publishEvent(new DossierChanged(processId));
        return id;
    }
}
