package org.percorsi.outreach.usecases;

/**
 * Contacts counted at an info point: a day, or a week (its Monday), how many, and optionally the topic (a fixed
 * list) and the language (an ISO code). There is no field for who: a count can never carry a name.
 */
public record ContactsForm(String period, String startsOn, String topic, String language, String contacts) {

    public static ContactsForm empty() {
        return new ContactsForm("DAY", "", "", "", "");
    }
}
