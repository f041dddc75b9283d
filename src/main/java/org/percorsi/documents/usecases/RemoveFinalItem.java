package org.percorsi.documents.usecases;

import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.ProvenanceStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager removes an item from a final document's draft. */
@Service
public class RemoveFinalItem {

    private final ProvenanceRules rules;
    private final ProvenanceStore store;
    private final ApplicationEventPublisher events;

    RemoveFinalItem(ProvenanceRules rules, ProvenanceStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, long itemId, VersionForm form) {
        var draft = rules.draftManagedByViewer(processId, documentId, form.version());
        if (store.removeItem(draft.id(), itemId) == 0) {
            throw new NotFoundException("item " + itemId);
        }
        events.publishEvent(new DocumentChanged(documentId));
    }
}
