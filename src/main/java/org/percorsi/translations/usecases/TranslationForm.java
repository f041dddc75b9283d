package org.percorsi.translations.usecases;

/** A translation as typed in the side-by-side editor; {@code review}: the translator marks it reviewed. */
public record TranslationForm(String text, Boolean review) {

    /** Whether the translator marks it reviewed (absent: a draft). */
    public boolean reviewed() {
        return Boolean.TRUE.equals(review);
    }
}
