package org.percorsi.documents.usecases;

import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.ProvenanceStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager moves an item of a final document's draft one place up or down. */
@Service
public class MoveFinalItem {

    private final ProvenanceRules rules;
    private final ProvenanceStore store;
    private final ApplicationEventPublisher events;

    MoveFinalItem(ProvenanceRules rules, ProvenanceStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, long itemId, boolean up, VersionForm form) {
        var draft = rules.draftManagedByViewer(processId, documentId, form.version());
        store.itemPosition(draft.id(), itemId).orElseThrow(() -> new NotFoundException("item " + itemId));
        store.move(draft.id(), itemId, up);
        events.publishEvent(new DocumentChanged(documentId));
    }
}
