package org.percorsi.stakeholders.usecases;

import java.util.Locale;
import java.util.regex.Pattern;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.stakeholders.domain.OrganisationNames;
import org.percorsi.stakeholders.domain.OrganisationStore.DuplicateOrganisation;
import org.percorsi.stakeholders.domain.OrganisationStore.NewOrganisation;
import org.springframework.stereotype.Component;

/** What the registry's forms check before anything is written, each refusal naming its field. */
@Component
class RegistryInput {

    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{5,40}");

    private final OrganisationApi organisation;

    RegistryInput(OrganisationApi organisation) {
        this.organisation = organisation;
    }

    /** The organisation's details, checked and normalised; themes and scopes must exist. */
    NewOrganisation organisation(OrganisationForm form, Long createdBy) {
        String name = required("name", form.name(), MAX_NAME);
        if (name.length() < 2 || OrganisationNames.key(name).isEmpty()) {
            throw new RuleViolation("name", "stakeholders.registry.name.tooShort");
        }
        if (form.kind() == null) {
            throw new RuleViolation("kind", "stakeholders.registry.kind.required");
        }
        if (!organisation.themesExist(form.themes())) {
            throw new RuleViolation("themeIds", "stakeholders.registry.unknownTheme");
        }
        if (!organisation.scopesExist(form.scopes())) {
            throw new RuleViolation("scopeIds", "stakeholders.registry.unknownScope");
        }
        return new NewOrganisation(
                name,
                form.kind(),
                OrganisationCodes.fiscalCode(form.fiscalCode()),
                OrganisationCodes.runtsNumber(form.runtsNumber()),
                OrganisationCodes.ipaCode(form.ipaCode()),
                optional("description", form.description(), 2000),
                website(form.website()),
                optional("contactName", form.contactName(), MAX_NAME),
                email("contactEmail", form.contactEmail()),
                phone("contactPhone", form.contactPhone()),
                createdBy);
    }

    /** The store's refusal of a duplicate, as the form shows it: on the field that matched, with a link. */
    static AlreadyRegistered refusal(DuplicateOrganisation duplicate) {
        return new AlreadyRegistered(duplicate.field(), duplicate.existingId(), duplicate.existingName());
    }

    static String website(String typed) {
        String website = optional("website", typed, 500);
        if (website != null && !website.matches("(?i)https?://\\S+")) {
            throw new RuleViolation("website", "stakeholders.registry.website.format");
        }
        return website == null ? null : website.replaceFirst("(?i)^http", "http");
    }

    static String email(String field, String typed) {
        String email = optional(field, typed, 320);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolation(field, "stakeholders.registry.email.format");
        }
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    static String phone(String field, String typed) {
        String phone = optional(field, typed, 40);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new RuleViolation(field, "stakeholders.registry.phone.format");
        }
        return phone;
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "stakeholders.registry.required");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RuleViolation(field, "stakeholders.registry.tooLong", max);
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new RuleViolation(field, "stakeholders.registry.controlCharacters");
        }
        return stripped;
    }
}
