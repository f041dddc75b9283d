package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
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
    private final TableAccess access;
    private final Clock clock;

    EditRepresentative(
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
    public void handle(long organisationId, long representativeId, RepresentativeForm form) {
        rules.registryKeptByViewer();
        representations.lockLive(organisationId);
        var current = representations.of(organisationId, representativeId);
        store.update(
                representativeId,
                representations.checked(organisationId, form, representativeId, current.delegationFile()));
        access.openWhereManaged(organisationId, LocalDate.now(clock));
    }
}
