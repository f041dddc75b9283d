package org.percorsi.shared.language;

import java.util.ArrayList;
import java.util.List;
import org.percorsi.shared.language.TranslatableContent.SourceText;

/**
 * The texts of one process a module lists for its translators ({@link TranslatableContent#textsOf(long)}), in page order:
 * blank fields are left out (there is nothing to translate).
 */
public final class SourceTextList {

    private final long processId;
    private final List<SourceText> texts = new ArrayList<>();

    public SourceTextList(long processId) {
        this.processId = processId;
    }

    /** Adds the field unless it is blank; {@code place} tells the translator where it sits. */
    public SourceTextList add(ContentSource source, String place) {
        if (!source.original().isBlank()) {
            texts.add(new SourceText(processId, source, place));
        }
        return this;
    }

    public SourceTextList addAll(List<ContentSource> sources, String place) {
        sources.forEach(source -> add(source, place));
        return this;
    }

    public List<SourceText> list() {
        return List.copyOf(texts);
    }
}
