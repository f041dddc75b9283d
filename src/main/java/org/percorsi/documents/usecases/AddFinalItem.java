package org.percorsi.documents.usecases;

import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.ProvenanceStore;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager adds an item to a final document's draft: the proposal of the process it puts forward (once per
 * version), optionally the harvest item it comes from, a title (the proposal's by default) and a text.
 */
@Service
public class AddFinalItem {

    private final ProvenanceRules rules;
    private final ProvenanceStore store;
    private final ProposalsApi proposals;
    private final ApplicationEventPublisher events;

    AddFinalItem(
            ProvenanceRules rules, ProvenanceStore store, ProposalsApi proposals, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.proposals = proposals;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, ItemForm form) {
        var draft = rules.draftManagedByViewer(processId, documentId, form.version());
        if (!store.isFinalDocument(documentId)) {
            throw RuleViolation.global("documents.items.onlyFinal");
        }
        long proposal = rules.proposalOf(processId, "proposalId", form.proposalId());
        Long harvestItem = form.harvestItemId() == null
                ? null
                : rules.harvestItemOf(processId, "harvestItemId", form.harvestItemId());
        if (store.hasItemFor(draft.id(), proposal)) {
            throw new RuleViolation("proposalId", "documents.items.already");
        }
        String title = DocumentRules.optional("title", form.title(), DocumentRules.MAX_TITLE);
        if (title == null) {
            title = proposals.indexable(proposal).orElseThrow().title();
            title = title.length() > DocumentRules.MAX_TITLE ? title.substring(0, DocumentRules.MAX_TITLE) : title;
        }
        String text = DocumentRules.optional("text", form.text(), ProvenanceRules.MAX_NOTES);
        store.addItem(draft.id(), title, text, proposal, harvestItem);
        events.publishEvent(new DocumentChanged(documentId));
    }
}
