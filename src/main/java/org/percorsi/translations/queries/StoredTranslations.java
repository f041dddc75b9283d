package org.percorsi.translations.queries;

import java.util.List;
import java.util.Map;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.ContentTranslations;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.language.ShownText;
import org.percorsi.translations.TranslationOrigin;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The translations pages show, in one read for all the fields of a page. A translation is shown with its labels
 * (machine, out of date); formal texts only when reviewed and up to date; otherwise the original, marked as not
 * available in the wanted language.
 */
@Service
@Transactional(readOnly = true)
public class StoredTranslations implements ContentTranslations {

    private final TranslationQueries queries;

    StoredTranslations(TranslationQueries queries) {
        this.queries = queries;
    }

    /** A stored translation, as far as showing it goes. */
    public record Stored(String text, TranslationOrigin origin, boolean reviewed, String fingerprint) {}

    @Override
    public List<ShownText> show(List<ContentSource> sources, Language wanted) {
        var toTranslate = sources.stream()
                .filter(s -> s.language() != wanted && !s.original().isBlank())
                .toList();
        Map<String, Stored> stored = toTranslate.isEmpty() ? Map.of() : queries.stored(toTranslate, wanted);
        return sources.stream()
                .map(s -> shown(s, wanted, stored.get(key(s.kind().name(), s.subjectId(), s.field()))))
                .toList();
    }

    static ShownText shown(ContentSource source, Language wanted, Stored translation) {
        if (translation == null
                || source.language() == wanted
                || source.original().isBlank()) {
            return ShownText.original(source, wanted);
        }
        boolean outOfDate = !translation.fingerprint().equals(source.fingerprint());
        boolean machine = translation.origin() == TranslationOrigin.MACHINE;
        if (source.formal() && (outOfDate || machine || !translation.reviewed())) {
            return ShownText.original(source, wanted);
        }
        return new ShownText(source, translation.text(), wanted, ShownText.Shown.TRANSLATION, machine, outOfDate);
    }

    static String key(String kind, long id, String field) {
        return kind + ':' + id + ':' + field;
    }
}
