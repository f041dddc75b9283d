package org.percorsi.translations.usecases;

import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.Language;

/** Which text of which process, into which language: what the editor works on. */
public record TranslationTarget(long processId, ContentKind kind, long subjectId, String field, Language language) {}
