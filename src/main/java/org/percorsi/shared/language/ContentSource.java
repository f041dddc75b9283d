package org.percorsi.shared.language;

import java.util.Objects;

/**
 * One field of something published, as its page shows it: which subject, which field, its original text and the
 * language it was written in. {@code formal} texts (answers, acts, approved documents) are shown translated only when
 * the translation was reviewed and is up to date; {@code rich} ones are sanitized HTML.
 */
public record ContentSource(
        ContentKind kind,
        long subjectId,
        String field,
        String original,
        Language language,
        boolean rich,
        boolean formal) {

    public ContentSource {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(field);
        language = language == null ? Language.ITALIAN : language;
        original = original == null ? "" : original;
    }

    public static ContentSource plain(ContentKind kind, long subjectId, String field, String original) {
        return new ContentSource(kind, subjectId, field, original, Language.ITALIAN, false, false);
    }

    public static ContentSource rich(ContentKind kind, long subjectId, String field, String originalHtml) {
        return new ContentSource(kind, subjectId, field, originalHtml, Language.ITALIAN, true, false);
    }

    /** The same field, shown translated only once a person reviewed the translation. */
    public ContentSource asFormal() {
        return new ContentSource(kind, subjectId, field, original, language, rich, true);
    }

    /**
     * The key of the field's name in the translations bundle: a field of many ({@code paragraph-<key>},
     * {@code activity-<id>}) is named by what comes before its dash.
     */
    public String fieldLabelKey() {
        int dash = field.indexOf('-');
        return "translations.field." + (dash < 0 ? field : field.substring(0, dash));
    }

    /** What a translation remembers of its source, to know when the source changed since. */
    public String fingerprint() {
        return Fingerprints.of(original);
    }
}
