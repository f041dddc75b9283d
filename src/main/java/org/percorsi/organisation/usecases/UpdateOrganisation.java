package org.percorsi.organisation.usecases;

import java.util.List;
import java.util.UUID;
import org.percorsi.files.FilesApi;
import org.percorsi.organisation.OrganisationChanged;
import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.domain.OrganisationSettingsRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator updates the organisation's name, logo, contact office and default language. */
@Service
public class UpdateOrganisation {

    private final OrganisationSettingsRepository settings;
    private final FilesApi files;
    private final OrganisationPermissions permissions;

    private final ApplicationEventPublisher events;

    UpdateOrganisation(
            OrganisationSettingsRepository settings,
            FilesApi files,
            OrganisationPermissions permissions,
            ApplicationEventPublisher events) {
        this.events = events;
        this.settings = settings;
        this.files = files;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(OrganisationForm form) {
        permissions.requireCanManage();
        var current = settings.get();
        if (!List.of(current.getOfferedLanguages()).contains(form.defaultLanguage())) {
            throw new RuleViolation("defaultLanguage", "organisation.languages.defaultNotOffered");
        }
        current.update(
                form.name().strip(),
                Text.orNull(form.contactOfficeName()),
                Text.orNull(form.contactEmail()),
                Text.orNull(form.contactPhone()),
                Text.orNull(form.contactAddress()),
                form.defaultLanguage());
        UUID previousLogo = current.getLogoFileId();
        if (form.removesLogo()) {
            current.removeLogo();
        }
        files.storeImage(form.logo(), "logo").ifPresent(current::replaceLogo);
        settings.save(current);
        if (previousLogo != null && !previousLogo.equals(current.getLogoFileId())) {
            files.delete(previousLogo); // once nothing points at it
        }
        events.publishEvent(new OrganisationChanged());
    }
}
