package org.percorsi.documents.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.DocumentStore;
import org.percorsi.documents.domain.ProvenanceStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager starts the next version: a draft copy of the latest, with its blocks, keys, citations and items. */
@Service
public class StartNextVersion {

    private final DocumentRules rules;
    private final DocumentStore store;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final ProvenanceStore provenance;

    StartNextVersion(
            DocumentRules rules,
            DocumentStore store,
            AccountsApi accounts,
            ApplicationEventPublisher events,
            ProvenanceStore provenance) {
        this.rules = rules;
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.provenance = provenance;
    }

    /** Returns the new version's number. */
    @Transactional
    public int handle(long processId, long documentId) {
        rules.documentManagedByViewer(processId, documentId);
        return startAfterLatest(documentId);
    }

    /** The draft after the latest version (whose permission the caller checked); returns its number. */
    int startAfterLatest(long documentId) {
        var latest = store.lockLatest(documentId).orElseThrow(() -> new NotFoundException("document " + documentId));
        if (latest.state().equals("DRAFT")) {
            throw RuleViolation.global("documents.draftExists", latest.number());
        }
        int number = latest.number() + 1;
        long next = store.addVersion(
                documentId,
                number,
                latest.sourceMarkdown(),
                store.blocks(latest.id()),
                accounts.currentAccountId().orElse(null));
        // what the paragraphs cite and the final document's items carry on with the same keys
        provenance.copy(latest.id(), next);
        events.publishEvent(new DocumentChanged(documentId));
        return number;
    }
}
