package org.percorsi.organisation.usecases;

/** Optional text fields: blank means absent. */
final class Text {
    private Text() {}

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
