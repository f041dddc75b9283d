package org.percorsi.stakeholders.usecases;

import org.percorsi.stakeholders.domain.RepresentativeStore;
import org.percorsi.stakeholders.domain.RepresentativeStore.NewRepresentative;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office names a person who represents an organisation, main or substitute, from a day (and until one),
 * linked to the account with their email when there is one, with the delegation letter when there is one.
 */
@Service
public class AddRepresentative {

    private final StakeholderRules rules;
    private final Representations representations;
    private final RepresentativeStore store;

    AddRepresentative(StakeholderRules rules, Representations representations, RepresentativeStore store) {
        this.rules = rules;
        this.representations = representations;
        this.store = store;
    }

    @Transactional
    public long handle(long organisationId, RepresentativeForm form) {
        rules.registryKeptByViewer();
        representations.lockLive(organisationId);
        var checked = representations.checked(organisationId, form, null, null);
        return store.insert(new NewRepresentative(
                organisationId,
                checked.fullName(),
                checked.email(),
                checked.phone(),
                checked.accountId(),
                checked.role(),
                checked.validFrom(),
                checked.validTo(),
                checked.delegationFile(),
                checked.namePublic()));
    }
}
