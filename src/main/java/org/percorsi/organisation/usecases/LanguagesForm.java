package org.percorsi.organisation.usecases;

import java.util.List;

/** The languages ticked on the settings page, by tag; Italian is always offered, ticked or not. */
public record LanguagesForm(List<String> offered) {

    public List<String> offeredOrNone() {
        return offered == null ? List.of() : offered;
    }
}
