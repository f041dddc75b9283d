package org.percorsi.shared.language;

/**
 * What a page shows of one field in the visitor's language: the translation, or the original with a note. Pages put
 * {@link #text()} in an element with {@code lang} and {@code dir} of {@link #language()}, and the labels below it
 * (template {@code translations/note}).
 */
public record ShownText(
        ContentSource source, String text, Language language, Shown shown, boolean machine, boolean outOfDate) {

    public enum Shown {
        /** The original, which is in the wanted language. */
        ORIGINAL,
        /** A translation into the wanted language. */
        TRANSLATION,
        /** The original, because there is no translation (or none that may be shown) in the wanted language. */
        NOT_AVAILABLE
    }

    public static ShownText original(ContentSource source, Language wanted) {
        return new ShownText(
                source,
                source.original(),
                source.language(),
                wanted == source.language() ? Shown.ORIGINAL : Shown.NOT_AVAILABLE,
                false,
                false);
    }

    public boolean translated() {
        return shown == Shown.TRANSLATION;
    }

    public boolean notAvailable() {
        return shown == Shown.NOT_AVAILABLE && !source.original().isBlank();
    }

    public boolean blank() {
        return text == null || text.isBlank();
    }

    public String lang() {
        return language.tag();
    }

    public String dir() {
        return language.direction();
    }
}
