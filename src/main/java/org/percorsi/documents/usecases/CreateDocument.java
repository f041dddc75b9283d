package org.percorsi.documents.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.DocumentStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager starts a document of the process: it begins as an empty reserved draft, version 1. */
@Service
public class CreateDocument {

    private final DocumentRules rules;
    private final DocumentStore store;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    CreateDocument(DocumentRules rules, DocumentStore store, AccountsApi accounts, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.accounts = accounts;
        this.events = events;
    }

    /** Returns the new document's id. */
    @Transactional
    public long handle(long processId, DocumentForm form) {
        rules.managedByViewer(processId);
        var kind = DocumentRules.present("kind", form.kind());
        String title = DocumentRules.required("title", form.title(), DocumentRules.MAX_TITLE);
        String output = rules.placement(processId, form.phaseId(), form.themeId(), form.expectedOutput());
        long id = store.create(
                processId,
                form.phaseId(),
                form.themeId(),
                kind.name(),
                title,
                output,
                accounts.currentAccountId().orElse(null));
        events.publishEvent(new DocumentChanged(id));
        return id;
    }
}
