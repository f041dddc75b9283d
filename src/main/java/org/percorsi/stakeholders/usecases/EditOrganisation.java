package org.percorsi.stakeholders.usecases;

import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.domain.OrganisationStore.DuplicateOrganisation;
import org.percorsi.stakeholders.domain.RegistryStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office corrects an organisation's details, themes and neighbourhoods. The new name and codes must not make
 * it a duplicate of another live organisation; a merged organisation is not edited (its page leads to the kept one).
 */
@Service
public class EditOrganisation {

    private final StakeholderRules rules;
    private final RegistryInput input;
    private final RegistryStore registry;

    EditOrganisation(StakeholderRules rules, RegistryInput input, RegistryStore registry) {
        this.rules = rules;
        this.input = input;
        this.registry = registry;
    }

    @Transactional
    public void handle(long organisationId, OrganisationForm form) {
        rules.registryKeptByViewer();
        var organisation = registry.lock(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        if (organisation.merged()) {
            throw RuleViolation.global("stakeholders.registry.merged");
        }
        var details = input.organisation(form, null);
        try {
            registry.update(organisationId, details);
        } catch (DuplicateOrganisation duplicate) {
            throw RegistryInput.refusal(duplicate);
        }
        registry.replaceThemes(organisationId, form.themes());
        registry.replaceScopes(organisationId, form.scopes());
    }
}
