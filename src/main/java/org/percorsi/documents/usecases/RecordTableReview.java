package org.percorsi.documents.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.ReviewStep;
import org.percorsi.documents.domain.ReviewStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager records that the negotiation table reviewed a version out of draft: when, with which outcome, notes,
 * and optionally the decision of the table (of the same process) that recorded it.
 */
@Service
public class RecordTableReview {

    private final ProvenanceRules rules;
    private final ReviewStore store;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    RecordTableReview(
            ProvenanceRules rules, ReviewStore store, AccountsApi accounts, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, ReviewForm form) {
        var version = rules.reviewableByViewer(processId, documentId, form.version());
        var on = rules.stepDate(version.id(), form.on());
        var outcome = DocumentRules.present("outcome", form.outcome());
        String notes = DocumentRules.optional("notes", form.notes(), ProvenanceRules.MAX_NOTES);
        Long decision = form.decision() == null ? null : rules.tableDecisionOf(processId, "decision", form.decision());
        store.record(
                version.id(),
                ReviewStep.TABLE_REVIEW.name(),
                on,
                outcome.name(),
                notes,
                null,
                accounts.currentAccountId().orElse(null),
                decision);
        events.publishEvent(new DocumentChanged(documentId));
    }
}
