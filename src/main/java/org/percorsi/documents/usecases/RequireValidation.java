package org.percorsi.documents.usecases;

import java.util.List;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.ValidationRequirements;
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
    /** Other modules that may require validation of a process's final document (regional). */
    private final List<ValidationRequirements> requirements;

    RequireValidation(
            DocumentRules rules,
            ReviewStore store,
            ApplicationEventPublisher events,
            List<ValidationRequirements> requirements) {
        this.rules = rules;
        this.store = store;
        this.events = events;
        this.requirements = requirements;
    }

    @Transactional
    public void handle(long processId, long documentId, ValidationRequirementForm form) {
        rules.documentManagedByViewer(processId, documentId);
        boolean required = DocumentRules.present("requiresValidation", form.requiresValidation());
        if (!required && store.isFinalDocument(documentId)) {
            for (var requirement : requirements) {
                requirement.finalDocumentOf(processId).ifPresent(refusal -> {
                    throw refusal;
                });
            }
        }
        store.requireValidation(documentId, required);
        events.publishEvent(new DocumentChanged(documentId));
    }
}
