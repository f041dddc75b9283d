package org.percorsi.shared.language;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.shared.language.TranslatableContent.SourceText;

/**
 * The texts of several processes a module lists at once ({@link TranslatableContent#textsOf(Collection)}): one
 * {@link SourceTextList} per process asked for, filled row by row from queries spanning them all.
 */
public final class SourceTextLists {

    private final Map<Long, SourceTextList> lists = new LinkedHashMap<>();

    public SourceTextLists(Collection<Long> processIds) {
        processIds.forEach(id -> lists.put(id, new SourceTextList(id)));
    }

    /** The processes' ids as a SQL array parameter ({@code = any(:ids)}). */
    public static Long[] ids(Collection<Long> processIds) {
        return processIds.toArray(Long[]::new);
    }

    /** The list of one of the processes asked for. */
    public SourceTextList of(long processId) {
        return lists.computeIfAbsent(processId, SourceTextList::new);
    }

    public Map<Long, List<SourceText>> lists() {
        Map<Long, List<SourceText>> texts = new LinkedHashMap<>();
        lists.forEach((id, list) -> texts.put(id, list.list()));
        return texts;
    }
}
