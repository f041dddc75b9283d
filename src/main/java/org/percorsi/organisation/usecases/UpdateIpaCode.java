package org.percorsi.organisation.usecases;

import java.util.Locale;
import org.percorsi.organisation.OrganisationChanged;
import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.domain.OrganisationSettingsRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator sets the organisation's IPA code, which the open data catalogue gives as its publisher's
 * identifier (stored in lower case, as the Indice writes it).
 */
@Service
public class UpdateIpaCode {

    private final OrganisationSettingsRepository settings;
    private final OrganisationPermissions permissions;
    private final ApplicationEventPublisher events;

    UpdateIpaCode(
            OrganisationSettingsRepository settings,
            OrganisationPermissions permissions,
            ApplicationEventPublisher events) {
        this.settings = settings;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional
    public void handle(IpaCodeForm form) {
        permissions.requireCanManage();
        var current = settings.get();
        String code = Text.orNull(form.ipaCode());
        current.changeIpaCode(code == null ? null : code.toLowerCase(Locale.ROOT));
        settings.save(current);
        events.publishEvent(new OrganisationChanged());
    }
}
