package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.stakeholders.domain.RepresentativeStore;
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
    private final TableAccess access;
    private final Clock clock;

    AddRepresentative(
            StakeholderRules rules,
            Representations representations,
            RepresentativeStore store,
            TableAccess access,
            Clock clock) {
        this.rules = rules;
        this.representations = representations;
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public long handle(long organisationId, RepresentativeForm form) {
        rules.registryKeptByViewer();
        representations.lockLive(organisationId);
        long id = store.insert(organisationId, representations.checked(organisationId, form, null, null));
        access.openWhereManaged(organisationId, LocalDate.now(clock));
        return id;
    }
}
