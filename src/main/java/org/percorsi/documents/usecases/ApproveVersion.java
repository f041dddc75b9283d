package org.percorsi.documents.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.VersionState;
import org.percorsi.documents.domain.DocumentStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager records that a closed version was approved as final: by whom, when, with which act. */
@Service
public class ApproveVersion {

    private final DocumentRules rules;
    private final DocumentStore store;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    ApproveVersion(DocumentRules rules, DocumentStore store, AccountsApi accounts, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, long documentId, ApprovalForm form) {
        rules.documentManagedByViewer(processId, documentId);
        var version = rules.versionIn(documentId, form.version(), VersionState.CLOSED, "documents.notClosed");
        String by = DocumentRules.required("approvedBy", form.approvedBy(), DocumentRules.MAX_TITLE);
        var on = DocumentRules.present("approvedOn", form.approvedOn());
        String act = DocumentRules.required("act", form.act(), DocumentRules.MAX_TITLE);
        store.approve(version.id(), by, on, act, accounts.currentAccountId().orElse(null));
        events.publishEvent(new DocumentChanged(documentId));
    }
}
