package org.percorsi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.percorsi.shared.language.Language;

/**
 * The rule that picks the language of a page, apart from where its inputs come from: the switch's choice if that
 * language is offered, else the first offered language the browser asks for ({@code zh-CN}, {@code zh-TW} and
 * {@code zh} all read as Simplified Chinese, the only Chinese we have), else the organisation's default.
 */
final class LanguageChoice {

    /** Longer than any real browser's header: a longer one is read as absent rather than parsed. */
    private static final int ACCEPT_LANGUAGE_MAX = 1024;

    private LanguageChoice() {}

    static Language choose(String chosenTag, String acceptLanguage, Set<Language> offered, Language byDefault) {
        return offered(chosenTag, offered)
                .or(() -> browserPreference(acceptLanguage).stream()
                        .filter(offered::contains)
                        .findFirst())
                .orElse(offered.contains(byDefault) ? byDefault : Language.ITALIAN);
    }

    /** The language of a tag as the switch sends it, if it is one of ours and offered. */
    static Optional<Language> offered(String tag, Set<Language> offered) {
        return Language.ofTag(tag).filter(offered::contains);
    }

    /** Our languages in the order of the browser's {@code Accept-Language} (weights applied), without repeats. */
    static List<Language> browserPreference(String acceptLanguage) {
        List<Language> preferred = new ArrayList<>();
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > ACCEPT_LANGUAGE_MAX) {
            return preferred;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return preferred; // a header no browser sends: as if there were none
        }
        for (var range : ranges) {
            if (range.getWeight() > 0) {
                Language.ofTag(range.getRange())
                        .filter(language -> !preferred.contains(language))
                        .ifPresent(preferred::add);
            }
        }
        return preferred;
    }
}
