package org.percorsi.organisation.usecases;

import java.util.EnumSet;
import org.percorsi.organisation.OrganisationChanged;
import org.percorsi.organisation.OrganisationPermissions;
import org.percorsi.organisation.domain.OrganisationSettingsRepository;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator chooses which interface languages the site offers. Italian always is (every text missing in
 * another language falls back to it); the default language must stay offered.
 */
@Service
public class OfferLanguages {

    private final OrganisationSettingsRepository settings;
    private final OrganisationPermissions permissions;
    private final ApplicationEventPublisher events;

    OfferLanguages(
            OrganisationSettingsRepository settings,
            OrganisationPermissions permissions,
            ApplicationEventPublisher events) {
        this.settings = settings;
        this.permissions = permissions;
        this.events = events;
    }

    @Transactional
    public void handle(LanguagesForm form) {
        permissions.requireCanManage();
        if (form.offered() == null) {
            // the form always sends Italian: nothing at all is not our form, and must not silently offer only Italian
            throw new RuleViolation("offered", "organisation.languages.missing");
        }
        var offered = EnumSet.of(Language.ITALIAN);
        for (String tag : form.offered()) {
            offered.add(Language.ofTag(tag)
                    .filter(language -> language.tag().equals(tag))
                    .orElseThrow(() -> new RuleViolation("offered", "organisation.languages.unknown")));
        }
        var current = settings.get();
        if (Language.ofTag(current.getDefaultLanguage())
                .filter(offered::contains)
                .isEmpty()) {
            throw new RuleViolation("offered", "organisation.languages.defaultNotOffered");
        }
        current.offer(offered.stream().map(Language::tag).toArray(String[]::new));
        settings.save(current);
        events.publishEvent(new OrganisationChanged());
    }
}
