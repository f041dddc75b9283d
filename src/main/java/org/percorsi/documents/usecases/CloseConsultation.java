package org.percorsi.documents.usecases;

import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.VersionState;
import org.percorsi.documents.domain.DocumentStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager closes the consultation of a version. */
@Service
public class CloseConsultation {

    private final DocumentRules rules;
    private final DocumentStore store;
    private final ApplicationEventPublisher events;

    CloseConsultation(DocumentRules rules, DocumentStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, VersionForm form) {
        rules.documentManagedByViewer(processId, documentId);
        var version =
                rules.versionIn(documentId, form.version(), VersionState.CONSULTATION, "documents.notInConsultation");
        store.close(version.id());
        events.publishEvent(new DocumentChanged(documentId));
    }
}
