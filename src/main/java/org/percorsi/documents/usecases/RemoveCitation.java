package org.percorsi.documents.usecases;

import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.ProvenanceStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager removes a citation from a paragraph of the draft (refused once the version is out of draft). */
@Service
public class RemoveCitation {

    private final ProvenanceRules rules;
    private final ProvenanceStore store;
    private final ApplicationEventPublisher events;

    RemoveCitation(ProvenanceRules rules, ProvenanceStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, long citationId, VersionForm form) {
        var draft = rules.draftManagedByViewer(processId, documentId, form.version());
        if (store.removeCitation(draft.id(), citationId) == 0) {
            throw new NotFoundException("citation " + citationId);
        }
        events.publishEvent(new DocumentChanged(documentId));
    }
}
