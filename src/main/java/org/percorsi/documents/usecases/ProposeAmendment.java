package org.percorsi.documents.usecases;

import java.util.UUID;
import org.percorsi.documents.BlockKind;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.ConsultationStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant proposes an amendment to a paragraph of a version in consultation: the text to put in its
 * place (Markdown, one paragraph or one list) and why. The process's managers answer it ({@link AnswerAmendment}).
 */
@Service
public class ProposeAmendment {

    private final ConsultationRules rules;
    private final ConsultationStore store;
    private final ApplicationEventPublisher events;

    ProposeAmendment(ConsultationRules rules, ConsultationStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public long handle(long documentId, int number, UUID key, AmendmentForm form) {
        var target = rules.seen(documentId, number, key);
        var author = rules.participant(target);
        String replacement =
                DocumentRules.required("replacement", form.replacement(), ConsultationRules.MAX_REPLACEMENT);
        var blocks = MarkdownBlocks.read(replacement);
        if (blocks.size() != 1 || blocks.getFirst().kind() != BlockKind.PARAGRAPH) {
            throw new RuleViolation("replacement", "documents.amendment.oneParagraph");
        }
        if (BlockMatcher.normalised(blocks.getFirst().plain()).equals(BlockMatcher.normalised(target.plain()))) {
            throw new RuleViolation("replacement", "documents.amendment.unchanged");
        }
        String reason = DocumentRules.required("reason", form.reason(), ConsultationRules.MAX_BODY);
        rules.withinLimit("amendment", author.id());
        long id = store.amendment(target.versionId(), key, author.id(), replacement, reason);
        events.publishEvent(new DocumentChanged(documentId));
        return id;
    }
}
