package org.percorsi.documents.usecases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.AmendmentAnswered;
import org.percorsi.documents.AmendmentAnswered.Outcome;
import org.percorsi.documents.Block;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.VersionState;
import org.percorsi.documents.domain.ConsultationStore;
import org.percorsi.documents.domain.DocumentStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process's managers answer an amendment, once. Accepted, its text replaces the paragraph in the next
 * version's draft (started from the latest version if there is none), where the paragraph keeps its key, and
 * the amendment records that version, whose page credits its author. Rejected, the reason is public.
 */
@Service
public class AnswerAmendment {

    private final DocumentRules rules;
    private final DocumentStore documents;
    private final ConsultationStore store;
    private final StartNextVersion nextVersion;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    AnswerAmendment(
            DocumentRules rules,
            DocumentStore documents,
            ConsultationStore store,
            StartNextVersion nextVersion,
            AccountsApi accounts,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.documents = documents;
        this.store = store;
        this.nextVersion = nextVersion;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, AmendmentAnswerForm form) {
        rules.documentManagedByViewer(processId, documentId);
        var amendment = store.lockAmendment(documentId, DocumentRules.present("amendment", form.amendment()))
                .orElseThrow(() -> new NotFoundException("amendment " + form.amendment()));
        if (!amendment.state().equals("PENDING")) {
            throw RuleViolation.global("documents.amendment.alreadyAnswered");
        }
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(DocumentRules.present("outcome", form.outcome()));
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("outcome", "documents.required");
        }
        String reason = outcome == Outcome.REJECTED
                ? DocumentRules.required("reason", form.reason(), DocumentRules.MAX_LINE)
                : DocumentRules.optional("reason", form.reason(), DocumentRules.MAX_LINE);
        Long decidedBy = accounts.currentAccountId().orElse(null);
        Integer acceptedInto = null;
        Long acceptedIntoId = null;
        if (outcome == Outcome.ACCEPTED) {
            var latest = documents.lockLatest(documentId).orElseThrow(() -> new NotFoundException("document"));
            int draftNumber = latest.state().equals(VersionState.DRAFT.name())
                    ? latest.number()
                    : nextVersion.startAfterLatest(documentId);
            var draft = rules.versionIn(documentId, draftNumber, VersionState.DRAFT, "documents.frozen");
            replaceParagraph(draft.id(), draft.sourceMarkdown(), amendment.blockKey(), amendment.replacement());
            acceptedInto = draftNumber;
            acceptedIntoId = draft.id();
        }
        if (!store.answer(amendment.id(), outcome.name(), reason, decidedBy, acceptedIntoId)) {
            throw RuleViolation.global("documents.amendment.alreadyAnswered");
        }
        events.publishEvent(new AmendmentAnswered(
                amendment.id(),
                documentId,
                store.documentTitle(documentId),
                amendment.versionNumber(),
                acceptedInto,
                processId,
                amendment.authorId(),
                outcome,
                reason));
        events.publishEvent(new DocumentChanged(documentId));
    }

    /** The draft's Markdown with the paragraph of that key replaced, read again; the paragraph keeps its key. */
    private void replaceParagraph(long draftId, String markdown, UUID key, String replacement) {
        List<Block> former = documents.blocks(draftId);
        int index = -1;
        for (int i = 0; i < former.size(); i++) {
            if (former.get(i).key().equals(key)) {
                index = i;
            }
        }
        List<String> sources = new ArrayList<>(MarkdownBlocks.sources(markdown));
        if (index < 0 || sources.size() != former.size()) {
            throw RuleViolation.global("documents.amendment.paragraphGone");
        }
        sources.set(index, replacement.strip());
        String next = String.join("\n\n", sources);
        List<Block> blocks = new ArrayList<>(BlockMatcher.match(former, MarkdownBlocks.read(next)));
        if (blocks.size() != former.size()) {
            throw RuleViolation.global("documents.amendment.paragraphGone");
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (i != index && blocks.get(i).key().equals(key)) {
                blocks.set(i, blocks.get(i).withKey(UUID.randomUUID()));
            }
        }
        blocks.set(index, blocks.get(index).withKey(key));
        documents.replaceText(draftId, next, store.changelogOf(draftId), blocks);
    }
}
