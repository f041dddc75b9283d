package org.percorsi.translations;

import org.percorsi.shared.events.PublicContentChanged;
import org.percorsi.shared.language.ContentKind;

/** A translation was written, drafted or reviewed: the pages kept for visitors show it from now on. */
public record ContentTranslationChanged(ContentKind kind, long subjectId, String field, String language)
        implements PublicContentChanged {}
