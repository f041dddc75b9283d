package org.percorsi.stakeholders.usecases;

import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.stakeholders.domain.RepresentativeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person stops representing the organisation: the last day is recorded, the history stays. */
@Service
public class EndRepresentation {

    private final StakeholderRules rules;
    private final Representations representations;
    private final RepresentativeStore store;

    EndRepresentation(StakeholderRules rules, Representations representations, RepresentativeStore store) {
        this.rules = rules;
        this.representations = representations;
        this.store = store;
    }

    @Transactional
    public void handle(long organisationId, long representativeId, EndForm form) {
        rules.registryKeptByViewer();
        representations.lockLive(organisationId);
        var current = representations.of(organisationId, representativeId);
        if (form.validTo() == null) {
            throw new RuleViolation("validTo", "stakeholders.registry.validTo.required");
        }
        if (form.validTo().isBefore(current.validFrom())) {
            throw new RuleViolation("validTo", "stakeholders.registry.validTo.beforeFrom");
        }
        store.end(representativeId, form.validTo());
    }
}
