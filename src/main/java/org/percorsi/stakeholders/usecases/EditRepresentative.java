package org.percorsi.stakeholders.usecases;

import org.percorsi.stakeholders.domain.RepresentativeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office corrects a representative: name, contact, role, dates, consent, delegation letter (replaced or
 * removed). The account link follows the email.
 */
@Service
public class EditRepresentative {

    private final StakeholderRules rules;
    private final Representations representations;
    private final RepresentativeStore store;

    EditRepresentative(StakeholderRules rules, Representations representations, RepresentativeStore store) {
        this.rules = rules;
        this.representations = representations;
        this.store = store;
    }

    @Transactional
    public void handle(long organisationId, long representativeId, RepresentativeForm form) {
        rules.registryKeptByViewer();
        representations.lockLive(organisationId);
        var current = representations.of(organisationId, representativeId);
        store.update(
                representativeId,
                representations.checked(organisationId, form, representativeId, current.delegationFile()));
    }
}
