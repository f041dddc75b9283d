package org.percorsi.shared.language;

import java.util.List;

/**
 * A module that publishes texts lists them here for translators, per process: the translations module builds its
 * queue and its editor from these, knowing no module. Reserved texts are listed too (translators have a role in the
 * process, or work for the whole platform).
 */
public interface TranslatableContent {

    /** The texts of process {@code processId} this module publishes, non-blank ones, in page order. */
    List<SourceText> textsOf(long processId);

    /** One text to translate, with where it sits ({@code place}: "Fase 2", the meeting's title) for the translator. */
    record SourceText(long processId, ContentSource source, String place) {}
}
