package org.percorsi.shared.language;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A module that publishes texts lists them here for translators, per process: the translations module builds its
 * queue and its editor from these, knowing no module. Reserved texts are listed too (translators have a role in the
 * process, or work for the whole platform).
 */
public interface TranslatableContent {

    /**
     * The texts of each of these processes this module publishes, non-blank ones, in page order, read in a number of
     * queries that does not grow with the processes (a platform translator's queue spans them all). Every process
     * asked for is a key, with an empty list if it has nothing of this module.
     */
    Map<Long, List<SourceText>> textsOf(Collection<Long> processIds);

    /** The texts of process {@code processId} this module publishes, non-blank ones, in page order. */
    default List<SourceText> textsOf(long processId) {
        return textsOf(List.of(processId)).getOrDefault(processId, List.of());
    }

    /** One text to translate, with where it sits ({@code place}: "Fase 2", the meeting's title) for the translator. */
    record SourceText(long processId, ContentSource source, String place) {}
}
