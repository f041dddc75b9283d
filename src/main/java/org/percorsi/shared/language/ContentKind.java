package org.percorsi.shared.language;

/**
 * What a content translation translates: the kinds of texts the municipality publishes. Each is owned by its module,
 * which lists its texts through {@link TranslatableContent} and shows them through {@link ContentTranslations}.
 */
public enum ContentKind {
    PROCESS,
    PHASE,
    MEETING,
    ANSWER,
    /** A document: its title, and each heading and paragraph by its key, which lives on from version to version. */
    DOCUMENT,
    /** An intervention's sheet: title, summary, objectives, and its activities' and milestones' titles. */
    INTERVENTION;

    /** The key of its name in the translations bundle. */
    public String labelKey() {
        return "translations.kind." + name();
    }
}
