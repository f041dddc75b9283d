package org.percorsi.stakeholders.usecases;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.stakeholders.domain.StakeholderMapStore;
import org.percorsi.stakeholders.domain.StakeholderMapStore.NewEntry;
import org.percorsi.stakeholders.queries.StakeholderMapQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager puts an organisation of the registry, or an expert, on the process's stakeholder map. */
@Service
public class AddToStakeholderMap {

    static final Set<String> ENGAGEMENTS = Set.of("INVITED", "SELF_PROPOSED");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final StakeholderRules rules;
    private final StakeholderMapStore store;
    private final StakeholderMapQueries queries;
    private final OrganisationApi organisation;

    AddToStakeholderMap(
            StakeholderRules rules,
            StakeholderMapStore store,
            StakeholderMapQueries queries,
            OrganisationApi organisation) {
        this.rules = rules;
        this.store = store;
        this.queries = queries;
        this.organisation = organisation;
    }

    @Transactional
    public long handle(long processId, MapEntryForm form) {
        rules.tableManagedByViewer(processId);
        String organisationName = stripped(form.organisation(), "organisation", 200);
        String expert = stripped(form.expertName(), "expertName", 200);
        if ((organisationName == null) == (expert == null)) {
            throw new RuleViolation("organisation", "stakeholders.map.organisationOrExpert");
        }
        Long organisationId = organisationName == null
                ? null
                : queries.organisationNamed(organisationName)
                        .orElseThrow(() -> new RuleViolation("organisation", "stakeholders.map.notInRegistry"));
        String email = expert == null ? null : stripped(form.expertEmail(), "expertEmail", 320);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolation("expertEmail", "stakeholders.map.badEmail");
        }
        if (form.themeId() != null && !organisation.themesExist(List.of(form.themeId()))) {
            throw new RuleViolation("themeId", "stakeholders.map.unknownTheme");
        }
        if (form.scopeId() != null && !organisation.scopesExist(List.of(form.scopeId()))) {
            throw new RuleViolation("scopeId", "stakeholders.map.unknownScope");
        }
        if (form.engagement() == null || !ENGAGEMENTS.contains(form.engagement())) {
            throw new RuleViolation("engagement", "stakeholders.map.required");
        }
        return store.insert(new NewEntry(
                processId,
                organisationId,
                expert,
                expert == null ? null : stripped(form.expertField(), "expertField", 200),
                email,
                expert != null && form.consents(),
                form.themeId(),
                form.scopeId(),
                form.isInternal(),
                form.engagement(),
                stripped(form.note(), "note", 1000)));
    }

    /** The text without surrounding blanks, null when there is none; refused past {@code max} characters. */
    static String stripped(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new RuleViolation(field, "stakeholders.map.tooLong", max);
        }
        return value;
    }
}
