package org.percorsi.shared.language;

/**
 * What a content translation translates: the kinds of texts the municipality publishes. Each is owned by its module,
 * which lists its texts through {@link TranslatableContent} and shows them through {@link ContentTranslations}.
 */
public enum ContentKind {
    PROCESS,
    PHASE,
    MEETING,
    ANSWER;

    /** The key of its name in the translations bundle. */
    public String labelKey() {
        return "translations.kind." + name();
    }
}
