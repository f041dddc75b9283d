package org.percorsi.organisation.domain;

import org.springframework.data.repository.CrudRepository;

public interface OrganisationSettingsRepository extends CrudRepository<OrganisationSettings, Short> {

    default OrganisationSettings get() {
        return findById(OrganisationSettings.ID).orElseThrow();
    }
}
