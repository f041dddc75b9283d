package org.percorsi.shared.language;

import java.util.Map;
import java.util.Optional;

/**
 * The one participant's text of a page a reader asked to read in their language (a link with
 * {@code ?translateText=comment-12}: no JavaScript), machine-translated on the spot by {@link TranslationOnRequest}:
 * shown labelled, stored nowhere, and nothing kept of who asked. {@code offered} says whether pages offer the link.
 */
public record AskedTranslation(boolean offered, String asked, String text) {

    /** The request parameter naming the text asked for. */
    public static final String PARAMETER = "translateText";

    /**
     * The text named {@code asked} among the page's {@code texts} (by name, as shown), translated into the current
     * request's language; nothing when none was asked, it is not on the page or the provider could not.
     */
    public static AskedTranslation of(
            TranslationOnRequest provider, String asked, Map<String, String> texts, boolean html) {
        if (!provider.available()) {
            return new AskedTranslation(false, null, null);
        }
        Optional<String> translated = asked == null || !texts.containsKey(asked)
                ? Optional.empty()
                : provider.translate(texts.get(asked), ContentTranslations.wanted(), html);
        return new AskedTranslation(true, asked, translated.orElse(null));
    }

    /** The translation of this text, if it is the one asked for and the provider gave one; else null. */
    public String of(String name) {
        return name.equals(asked) ? text : null;
    }

    /** The address asking for this text's translation, from the page's own address; the page scrolls to it. */
    public static String href(String page, String name, String anchor) {
        return page + (page.contains("?") ? "&" : "?") + PARAMETER + "=" + name + "#" + anchor;
    }
}
