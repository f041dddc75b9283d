package org.percorsi.shared.language;

import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How a page shows what the municipality published in the visitor's language, without knowing who translates it:
 * implemented by the {@code translations} module. Without it (a test slice) every text shows as written.
 */
public interface ContentTranslations {

    /** What to show of each field, in the same order, with one read for all of them (lists). */
    List<ShownText> show(List<ContentSource> sources, Language wanted);

    default ShownText show(ContentSource source, Language wanted) {
        return show(List.of(source), wanted).getFirst();
    }

    /** The fields of a page in the current request's language. */
    default ShownTexts showAll(List<ContentSource> sources) {
        Language wanted = wanted();
        return new ShownTexts(show(sources, wanted), wanted);
    }

    /** The language of the current request (Italian when it is none of ours). */
    static Language wanted() {
        return Language.ofLocale(LocaleContextHolder.getLocale()).orElse(Language.ITALIAN);
    }

    /** Every text as written, for when no translations module is there. */
    ContentTranslations ORIGINALS = (sources, wanted) ->
            sources.stream().map(s -> ShownText.original(s, wanted)).toList();
}
