package org.percorsi.stakeholders.usecases;

import org.percorsi.stakeholders.domain.OrganisationStore;
import org.percorsi.stakeholders.domain.OrganisationStore.DuplicateOrganisation;
import org.percorsi.stakeholders.domain.RegistryStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation office adds an organisation to the registry. One that is already there (same name once case,
 * accents and legal form are set aside, or same code) is refused, saving nothing, with a link to it.
 */
@Service
public class RegisterOrganisation {

    private final StakeholderRules rules;
    private final RegistryInput input;
    private final OrganisationStore organisations;
    private final RegistryStore registry;

    RegisterOrganisation(
            StakeholderRules rules, RegistryInput input, OrganisationStore organisations, RegistryStore registry) {
        this.rules = rules;
        this.input = input;
        this.organisations = organisations;
        this.registry = registry;
    }

    @Transactional
    public long handle(OrganisationForm form) {
        rules.registryKeptByViewer();
        var details = input.organisation(form, rules.viewer());
        long id;
        try {
            id = organisations.insert(details);
        } catch (DuplicateOrganisation duplicate) {
            throw RegistryInput.refusal(duplicate);
        }
        registry.replaceThemes(id, form.themes());
        registry.replaceScopes(id, form.scopes());
        return id;
    }
}
