package org.percorsi.documents.usecases;

import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.ReviewStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager says whether the document's versions must be validated by the tecnico di garanzia before they are
 * sent to the ente (set for the final document when it is created).
 */
@Service
public class RequireValidation {

    private final DocumentRules rules;
    private final ReviewStore store;
    private final ApplicationEventPublisher events;

    RequireValidation(DocumentRules rules, ReviewStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, ValidationRequirementForm form) {
        rules.documentManagedByViewer(processId, documentId);
        store.requireValidation(documentId, DocumentRules.present("requiresValidation", form.requiresValidation()));
        events.publishEvent(new DocumentChanged(documentId));
    }
}
