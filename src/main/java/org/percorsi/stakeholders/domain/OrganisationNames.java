package org.percorsi.stakeholders.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The key under which two names are the same organisation: lower case, without accents, punctuation or legal
 * form, so that "Pro Loco Imola A.P.S.", "pro loco imola aps" and "Pro-Loco Imola" cannot be registered twice
 * (a unique index on the key says no). A name made only of a legal form keeps it.
 */
public final class OrganisationNames {

    /** Legal forms and third-sector qualifiers, written as they read once dots are gone. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "srl", "srls", "spa", "snc", "sas", "sapa", "scarl", "scrl", "scpa", "sc", "soc", "coop", "onlus", "odv",
            "aps", "ets", "asd", "ssd", "ssdrl", "ssdarl", "apsets", "odvets", "ente", "terzo", "settore");

    /** Legal forms of more than one word, replaced before the words are split. */
    private static final List<String> LEGAL_PHRASES = List.of(
            "societa cooperativa sociale",
            "cooperativa sociale",
            "societa cooperativa",
            "societa a responsabilita limitata semplificata",
            "societa a responsabilita limitata",
            "societa per azioni",
            "impresa sociale",
            "ente del terzo settore",
            "associazione di promozione sociale",
            "organizzazione di volontariato",
            "associazione sportiva dilettantistica");

    private OrganisationNames() {}

    public static String key(String name) {
        String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " e ")
                // "s.r.l." and "a.p.s." read as words once the dots go
                .replace(".", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        String withoutPhrases = " " + plain + " ";
        for (String phrase : LEGAL_PHRASES) {
            withoutPhrases = withoutPhrases.replace(" " + phrase + " ", " ");
        }
        List<String> words = new ArrayList<>();
        for (String word : withoutPhrases.strip().split(" ")) {
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                words.add(word);
            }
        }
        return words.isEmpty() ? plain : String.join(" ", words);
    }
}
