package org.percorsi.stakeholders.web;

import java.util.Arrays;
import java.util.List;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.View;
import org.percorsi.stakeholders.OrganisationKind;
import org.percorsi.stakeholders.usecases.AlreadyRegistered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the registry's back-office pages share: who may see them, the choices of their forms, the duplicate's link. */
@Component
class RegistryPageParts {

    private final ProcessPermissions permissions;
    private final OrganisationApi organisation;

    RegistryPageParts(ProcessPermissions permissions, OrganisationApi organisation) {
        this.permissions = permissions;
        this.organisation = organisation;
    }

    /** The registry is the participation office's: administrators and the managers of any process. */
    void requireOffice() {
        if (!permissions.managesAny()) {
            throw new AccessDeniedException("The registry of organisations is kept by managers and administrators");
        }
    }

    /** The organisation already registered that a refused form duplicates, to link to. */
    static AlreadyThere existing(RuleViolation refusal) {
        return refusal instanceof AlreadyRegistered duplicate
                ? new AlreadyThere(duplicate.existingId(), duplicate.existingName())
                : null;
    }

    void addChoices(Model model) {
        model.addAttribute("kindOptions", kindOptions());
        model.addAttribute("themeTree", organisation.themeTree());
        model.addAttribute("scopeTree", organisation.scopeTree());
    }

    static List<Option> kindOptions() {
        return Arrays.stream(OrganisationKind.values())
                .map(kind -> Option.of(kind.name(), View.t("stakeholders.kind." + kind.name())))
                .toList();
    }
}
