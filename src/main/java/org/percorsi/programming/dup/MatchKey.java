package org.percorsi.programming.dup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * How texts are compared when importing: markup, accents, case, punctuation and
 * spacing do not count, so "<b>CITTÀ DEL FUTURO</b>" and "Città del futuro" are
 * the same objective, and "Pin S.c.r.l." the same body as "PIN scrl".
 */
public final class MatchKey {

    private MatchKey() {}

    public static String of(String text) {
        String plain = plain(text);
        String noAccents = Normalizer.isNormalized(plain, Normalizer.Form.NFD)
                        && plain.chars().allMatch(c -> c < 128)
                ? plain
                : MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD))
                        .replaceAll("");
        return SEPARATORS
                .matcher(noAccents.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /**
     * A looser key for spotting bodies that are probably the same (to be confirmed by a person, never
     * matched silently): spacing does not count and the legal form is left out, so "So.Ri S.p.A.",
     * "SORI spa" and "So Ri" share one. Takes a match key ({@link #of}).
     */
    public static String nearKey(String matchKey) {
        String spelled = LEGAL_FORMS_SPELLED.matcher(" " + matchKey + " ").replaceAll(" ");
        var near = new StringBuilder();
        var letters = new StringBuilder(); // a run of single letters, as in "s p a" from "S.p.A."
        for (String word : spelled.strip().split(" ")) {
            if (word.length() == 1) {
                letters.append(word);
                continue;
            }
            appendUnlessLegalForm(near, letters.toString());
            letters.setLength(0);
            appendUnlessLegalForm(near, word);
        }
        appendUnlessLegalForm(near, letters.toString());
        return near.isEmpty() ? matchKey.replace(" ", "") : near.toString();
    }

    private static void appendUnlessLegalForm(StringBuilder near, String word) {
        if (!LEGAL_FORMS.contains(word)) {
            near.append(word);
        }
    }

    /** Whether a cell has no letter or digit at all (empty, or only markup and punctuation). */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return of(text).isEmpty();
            }
        }
        return true;
    }

    /** The text of a cell without its markup, with entities decoded and spaces collapsed. */
    public static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = html.indexOf('<') < 0 ? html : TAG.matcher(html).replaceAll(" ");
        if (text.indexOf('&') >= 0) {
            // entities are rare in these tables: the few HTML ones by hand, the rest through the parser
            text = text.replace("&nbsp;", " ")
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'");
            if (text.indexOf('&') >= 0) {
                text = Parser.unescapeEntities(text, false);
            }
        }
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static final Set<String> LEGAL_FORMS = Set.of(
            "spa", "srl", "srls", "scrl", "scarl", "scpa", "sapa", "snc", "sas", "ss", "sc", "scs", "onlus", "coop");
    private static final Pattern LEGAL_FORMS_SPELLED = Pattern.compile(
            " (societa per azioni|societa a responsabilita limitata( semplificata)?|societa consortile( a responsabilita limitata| per azioni)?|societa cooperativa( sociale)?)(?= )");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
}
