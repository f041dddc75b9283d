package org.percorsi.documents.usecases;

import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.ConsultationStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager hides an abusive comment of the document: it stays in the report, marked, and leaves the pages. */
@Service
public class HideDocumentComment {

    private final DocumentRules rules;
    private final ConsultationStore store;
    private final ApplicationEventPublisher events;

    HideDocumentComment(DocumentRules rules, ConsultationStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, HideCommentForm form) {
        rules.documentManagedByViewer(processId, documentId);
        if (!store.hideComment(documentId, DocumentRules.present("comment", form.comment()))) {
            throw new NotFoundException("comment " + form.comment());
        }
        events.publishEvent(new DocumentChanged(documentId));
    }
}
