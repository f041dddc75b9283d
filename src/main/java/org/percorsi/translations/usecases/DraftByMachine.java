package org.percorsi.translations.usecases;

import java.time.Clock;
import java.util.Optional;
import org.percorsi.shared.language.TranslatableContent.SourceText;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.translations.ContentTranslationChanged;
import org.percorsi.translations.MachineTranslator;
import org.percorsi.translations.TranslationOrigin;
import org.percorsi.translations.domain.TranslationStore;
import org.percorsi.translations.queries.TranslationQueries;
import org.percorsi.translations.queries.TranslationQueue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A translator asks the machine-translation provider for a draft: stored as a machine translation, unreviewed, and
 * labelled on the pages as such. It never replaces what a person wrote.
 */
@Service
public class DraftByMachine {

    private final TranslationRules rules;
    private final TranslationQueue texts;
    private final TranslationQueries queries;
    private final TranslationStore store;
    private final Optional<MachineTranslator> machine;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftByMachine(
            TranslationRules rules,
            TranslationQueue texts,
            TranslationQueries queries,
            TranslationStore store,
            Optional<MachineTranslator> machine,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rules = rules;
        this.texts = texts;
        this.queries = queries;
        this.store = store;
        this.machine = machine;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a provider is configured (else the editor offers no machine draft). */
    public boolean available() {
        return machine.isPresent();
    }

    @Transactional
    public void handle(TranslationTarget target) {
        handle(target, machine.orElse(null));
    }

    /** The same with this provider (the demo's, which replays what a server answered; a test's). */
    @Transactional
    public void handle(TranslationTarget target, MachineTranslator provider) {
        rules.requireCanTranslate(target.processId());
        SourceText source = SaveTranslation.sourceOf(texts, target);
        if (provider == null) {
            throw RuleViolation.global("translations.machine.none");
        }
        if (queries.translation(target.kind(), target.subjectId(), target.field(), target.language())
                .filter(t -> t.origin() == TranslationOrigin.HUMAN)
                .isPresent()) {
            throw RuleViolation.global("translations.machine.wouldReplace");
        }
        var from = source.source();
        String draft = provider.translate(from.original(), from.language(), target.language(), from.rich())
                .map(text -> from.rich() ? RichText.sanitize(text) : text.strip())
                .filter(text -> !text.isBlank())
                .orElseThrow(() -> RuleViolation.global("translations.machine.failed"));
        store.save(
                target.kind(),
                target.subjectId(),
                target.field(),
                target.language(),
                draft,
                TranslationOrigin.MACHINE,
                rules.viewer(),
                null,
                clock.instant(),
                from.fingerprint());
        events.publishEvent(new ContentTranslationChanged(
                target.kind(),
                target.subjectId(),
                target.field(),
                target.language().tag()));
    }
}
