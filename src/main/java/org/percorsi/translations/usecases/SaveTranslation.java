package org.percorsi.translations.usecases;

import java.time.Clock;
import org.percorsi.shared.language.TranslatableContent.SourceText;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.translations.ContentTranslationChanged;
import org.percorsi.translations.TranslationOrigin;
import org.percorsi.translations.domain.TranslationStore;
import org.percorsi.translations.queries.TranslationQueries;
import org.percorsi.translations.queries.TranslationQueue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A translator saves a translation as a draft or marks it reviewed (recording who and when). It is made from the
 * source as it is now: its fingerprint is kept, so a later change of the source marks it out of date. A machine
 * draft saved unchanged stays a machine draft; anything a person wrote or reviewed is theirs.
 */
@Service
public class SaveTranslation {

    static final int MAX_LENGTH = 20_000;

    private final TranslationRules rules;
    private final TranslationQueue texts;
    private final TranslationQueries queries;
    private final TranslationStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SaveTranslation(
            TranslationRules rules,
            TranslationQueue texts,
            TranslationQueries queries,
            TranslationStore store,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rules = rules;
        this.texts = texts;
        this.queries = queries;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handle(TranslationTarget target, TranslationForm form) {
        rules.requireCanTranslate(target.processId());
        SourceText source = sourceOf(texts, target);
        String typed = form.text() == null ? "" : form.text().strip();
        if (typed.isEmpty()) {
            throw new RuleViolation("text", "translations.text.required");
        }
        if (typed.length() > MAX_LENGTH) {
            throw new RuleViolation("text", "translations.text.tooLong", MAX_LENGTH);
        }
        String text = source.source().rich() ? RichText.sanitize(typed) : typed;
        var before = queries.translation(target.kind(), target.subjectId(), target.field(), target.language());
        boolean untouchedMachineDraft = !form.reviewed()
                && before.filter(b -> b.origin() == TranslationOrigin.MACHINE
                                && b.text().equals(text))
                        .isPresent();
        long viewer = rules.viewer();
        store.save(
                target.kind(),
                target.subjectId(),
                target.field(),
                target.language(),
                text,
                untouchedMachineDraft ? TranslationOrigin.MACHINE : TranslationOrigin.HUMAN,
                viewer,
                form.reviewed() ? viewer : null,
                clock.instant(),
                source.source().fingerprint());
        events.publishEvent(new ContentTranslationChanged(
                target.kind(),
                target.subjectId(),
                target.field(),
                target.language().tag()));
    }

    /** The text the target names, in a language other than its own. */
    static SourceText sourceOf(TranslationQueue texts, TranslationTarget target) {
        SourceText source = texts.text(target.processId(), target.kind(), target.subjectId(), target.field())
                .orElseThrow(() -> new NotFoundException("no such text in process " + target.processId()));
        if (source.source().language() == target.language()) {
            throw RuleViolation.global("translations.sameLanguage");
        }
        return source;
    }
}
