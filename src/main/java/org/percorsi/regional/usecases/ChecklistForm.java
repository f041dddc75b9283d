package org.percorsi.regional.usecases;

/** A judgement on one quality criterion: the criterion's code, the state (met, partly, ...) and a note. */
public record ChecklistForm(String criterion, String state, String note) {

    public static ChecklistForm empty() {
        return new ChecklistForm(null, null, null);
    }
}
