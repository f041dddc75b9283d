package org.percorsi.documents.usecases;

import java.util.List;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.ReviewStep;
import org.percorsi.documents.ValidationRequirements;
import org.percorsi.documents.domain.ReviewStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager records that a version out of draft was sent to the ente, once, with the date and the protocol
 * number. When the document requires validation, only after the tecnico di garanzia approved it (with remarks or
 * not): otherwise nothing is saved and the manager is told why.
 */
@Service
public class SendToEnte {

    private final ProvenanceRules rules;
    private final ReviewStore store;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    /** Other modules that may require validation of a process's final document (regional). */
    private final List<ValidationRequirements> requirements;

    SendToEnte(
            ProvenanceRules rules,
            ReviewStore store,
            AccountsApi accounts,
            ApplicationEventPublisher events,
            List<ValidationRequirements> requirements) {
        this.rules = rules;
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.requirements = requirements;
    }

    @Transactional
    public void handle(long processId, long documentId, SendForm form) {
        var version = rules.reviewableByViewer(processId, documentId, form.version());
        if (store.sent(version.id())) {
            throw RuleViolation.global("documents.review.alreadySent", version.number());
        }
        if ((store.requiresValidation(documentId) || requiredElsewhere(processId, documentId))
                && !store.validated(version.id())) {
            throw RuleViolation.global("documents.review.notValidated", version.number());
        }
        var on = rules.stepDate(version.id(), form.on());
        String protocol = DocumentRules.required("protocolNumber", form.protocolNumber(), ProvenanceRules.MAX_PROTOCOL);
        store.record(
                version.id(),
                ReviewStep.SENT.name(),
                on,
                null,
                null,
                protocol,
                accounts.currentAccountId().orElse(null));
        events.publishEvent(new DocumentChanged(documentId));
    }

    private boolean requiredElsewhere(long processId, long documentId) {
        return store.isFinalDocument(documentId)
                && requirements.stream()
                        .anyMatch(r -> r.finalDocumentOf(processId).isPresent());
    }
}
