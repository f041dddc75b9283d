package org.percorsi.accounts;

import java.util.Locale;
import org.percorsi.organisation.OrganisationApi;
import org.springframework.stereotype.Component;

/**
 * The language a mail to a person is written in: the one they chose, kept on their account, else the
 * organisation's default; never the language of the page that caused the mail, which is whoever acted.
 */
@Component
public class MailLanguage {

    private final OrganisationApi organisation;

    MailLanguage(OrganisationApi organisation) {
        this.organisation = organisation;
    }

    /** The language of an account whose choice (it, en or null when none) is {@code chosen}. */
    public Locale of(String chosen) {
        return chosen != null ? Locale.forLanguageTag(chosen) : organisationDefault();
    }

    /** For an address with no account. */
    public Locale organisationDefault() {
        return organisation.info().defaultLanguageOffered().locale();
    }
}
