package org.percorsi.organisation.usecases;

import java.util.List;

/** The languages ticked on the settings page, by tag; Italian is always offered (the form sends it hidden). */
public record LanguagesForm(List<String> offered) {

    public boolean offers(String tag) {
        return offered != null && offered.contains(tag);
    }
}
