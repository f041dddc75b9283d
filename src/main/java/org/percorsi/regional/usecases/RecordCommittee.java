package org.percorsi.regional.usecases;

import org.percorsi.regional.DossierChanged;
import org.percorsi.regional.domain.DossierStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager says whether the process has a guarantee committee (yes, no, or not said), for the observatory. */
@Service
public class RecordCommittee {

    private final RegionalRules rules;
    private final DossierStore store;
    private final ApplicationEventPublisher events;

    RecordCommittee(RegionalRules rules, DossierStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    /** {@code committee}: "YES", "NO", or empty for not said. */
    @Transactional
    public void handle(long processId, String committee) {
        var dossier = rules.dossier(processId);
        Boolean value = switch (committee == null ? "" : committee) {
            case "YES" -> Boolean.TRUE;
            case "NO" -> Boolean.FALSE;
            case "" -> null;
            default -> throw new RuleViolation("committee", "regional.observatory.committee.invalid");
        };
        store.recordCommittee(dossier.id(), value);
        events.publishEvent(new DossierChanged(processId));
    }
}
