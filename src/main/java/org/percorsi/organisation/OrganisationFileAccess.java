package org.percorsi.organisation;

import java.util.Optional;
import java.util.UUID;
import org.percorsi.files.FileAccess;
import org.percorsi.organisation.domain.OrganisationSettingsRepository;
import org.springframework.stereotype.Component;

/** The organisation's logo is on every page: everyone sees it. */
@Component
class OrganisationFileAccess implements FileAccess {

    private final OrganisationSettingsRepository settings;

    OrganisationFileAccess(OrganisationSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Boolean> mayView(UUID fileId) {
        return fileId.equals(settings.get().getLogoFileId()) ? Optional.of(true) : Optional.empty();
    }
}
