package org.percorsi.programming.dup;

import java.text.Normalizer;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * How texts are compared when importing: markup, accents, case, punctuation and
 * spacing do not count, so "<b>CITTÀ DEL FUTURO</b>" and "Città del futuro" are
 * the same objective, and "Pin S.c.r.l." the same body as "PIN scrl".
 */
public final class MatchKey {

    private MatchKey() {
    }

    public static String of(String text) {
        String plain = plain(text);
        String noAccents = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The text of a cell without its markup, with entities decoded and spaces collapsed. */
    public static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.replaceAll("\\s+", " ").strip();
        }
        return Jsoup.parse(html).text().replaceAll("\\s+", " ").strip();
    }
}
