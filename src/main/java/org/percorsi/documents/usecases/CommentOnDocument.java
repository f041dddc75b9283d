package org.percorsi.documents.usecases;

import java.util.Optional;
import java.util.UUID;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.ConsultationStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant comments on a paragraph of a version in consultation, or on a passage of it: the quote must be
 * the paragraph's text at the offsets given, so that the annotation points at what was read. Without the page's
 * script there is no passage and the comment is on the whole paragraph.
 */
@Service
public class CommentOnDocument {

    private final ConsultationRules rules;
    private final ConsultationStore store;
    private final ApplicationEventPublisher events;

    CommentOnDocument(ConsultationRules rules, ConsultationStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public long handle(long documentId, int number, UUID key, AnnotationForm form) {
        var target = rules.seen(documentId, number, key);
        var author = rules.participant(target);
        String body = DocumentRules.required("body", form.body(), ConsultationRules.MAX_BODY);
        String quote = form.quote() == null || form.quote().isEmpty() ? null : form.quote();
        if (quote == null && (form.start() != null || form.end() != null)) {
            throw RuleViolation.global("documents.consultation.quoteMismatch");
        }
        if (quote != null) {
            if (quote.length() > ConsultationRules.MAX_QUOTE) {
                throw RuleViolation.global("documents.consultation.quoteTooLong", ConsultationRules.MAX_QUOTE);
            }
            String plain = target.plain();
            if (form.start() == null
                    || form.end() == null
                    || form.start() < 0
                    || form.end() > plain.length()
                    || form.end() - form.start() != quote.length()
                    || !plain.startsWith(quote, form.start())) {
                throw RuleViolation.global("documents.consultation.quoteMismatch");
            }
        }
        rules.withinLimit("comment", author.id());
        long id = store.comment(
                target.versionId(),
                key,
                author.id(),
                body,
                quote,
                quote == null ? null : form.start(),
                quote == null ? null : form.end());
        events.publishEvent(new DocumentChanged(documentId));
        return id;
    }

    /**
     * Why the viewer could not take part here now, by the same checks as {@link #handle}: the page says so
     * instead of offering forms that would be refused. Empty when they may, or when all that is missing is
     * signing in.
     */
    @Transactional(readOnly = true)
    public Optional<RuleViolation> whyNot(long documentId, int number, UUID key) {
        var target = rules.seen(documentId, number, key);
        try {
            rules.participant(target);
            return Optional.empty();
        } catch (RuleViolation refused) {
            return Optional.of(refused);
        } catch (AccessDeniedException notSignedIn) {
            return rules.closed(target);
        }
    }
}
