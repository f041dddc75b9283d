package org.percorsi.programming.usecases;

import java.util.List;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.programming.domain.InterventionStore.Sheet;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.text.Texts;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's office writes or updates an intervention's sheet and its status. */
@Service
public class SaveIntervention {

    private final InterventionStore interventions;
    private final OrganisationApi organisation;
    private final InterventionChanges changes;
    private final ProgrammingPermissions permissions;

    SaveIntervention(
            InterventionStore interventions,
            OrganisationApi organisation,
            InterventionChanges changes,
            ProgrammingPermissions permissions) {
        this.interventions = interventions;
        this.organisation = organisation;
        this.changes = changes;
        this.permissions = permissions;
    }

    @Transactional
    public long create(InterventionForm form) {
        permissions.requireAdministrator();
        var scopes = scopes(form);
        long id = interventions.insert(sheet(form));
        interventions.replaceScopes(id, scopes);
        changes.announce(id);
        return id;
    }

    @Transactional
    public void update(long id, InterventionForm form) {
        permissions.requireAdministrator();
        var scopes = scopes(form);
        if (!interventions.update(id, sheet(form))) {
            throw new NotFoundException("intervention " + id);
        }
        interventions.replaceScopes(id, scopes);
        changes.announce(id);
    }

    private static Sheet sheet(InterventionForm form) {
        return new Sheet(
                form.title().strip(),
                RichText.sanitize(form.summary()),
                RichText.sanitize(form.objectives()),
                Texts.blankToNull(form.responsibleOffice()),
                Texts.blankToNull(form.partners()),
                form.status());
    }

    private List<Long> scopes(InterventionForm form) {
        List<Long> scopes = form.scopeIds() == null ? List.of() : form.scopeIds();
        if (!scopes.isEmpty() && !organisation.scopesExist(scopes)) {
            throw new RuleViolation("scopeIds", "programming.intervention.scopeUnknown");
        }
        return scopes;
    }
}
