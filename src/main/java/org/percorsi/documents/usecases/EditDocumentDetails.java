package org.percorsi.documents.usecases;

import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.DocumentStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager renames a document or moves it to another phase, theme or expected output, at any time: a title
 * fixed by a first publication is what people complain of elsewhere. The versions' texts do not change.
 */
@Service
public class EditDocumentDetails {

    private final DocumentRules rules;
    private final DocumentStore store;
    private final ApplicationEventPublisher events;

    EditDocumentDetails(DocumentRules rules, DocumentStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, DocumentDetailsForm form) {
        rules.documentManagedByViewer(processId, documentId);
        String title = DocumentRules.required("title", form.title(), DocumentRules.MAX_TITLE);
        String output = rules.placement(processId, form.phaseId(), form.themeId(), form.expectedOutput());
        store.updateDetails(documentId, title, form.phaseId(), form.themeId(), output);
        events.publishEvent(new DocumentChanged(documentId));
    }
}
