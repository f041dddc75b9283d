package org.percorsi.outreach;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Languages by ISO 639 code, named in the reader's language (Locale's own names: no list to keep). */
public final class Languages {

    /** The languages offered as choices: Italian and those most spoken by the newcomers of the seeds' cities. */
    public static final List<String> OFFERED = List.of(
            "it", "en", "fr", "es", "de", "ar", "zh", "ro", "sq", "uk", "ru", "ur", "bn", "pa", "hi", "wo", "tl", "pt",
            "pl");

    private static final Set<String> ISO = Set.of(Locale.getISOLanguages());

    private Languages() {}

    public static boolean isKnown(String code) {
        return code != null && ISO.contains(code);
    }

    /** The language's name in {@code reader}'s language, capitalised; the code itself when it is unknown. */
    public static String name(String code, Locale reader) {
        if (!isKnown(code)) {
            return code;
        }
        String name = Locale.of(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    public static List<String> names(List<String> codes, Locale reader) {
        return codes.stream().map(code -> name(code, reader)).toList();
    }
}
