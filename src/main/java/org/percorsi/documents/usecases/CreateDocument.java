package org.percorsi.documents.usecases;

import java.util.List;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.DocumentStore;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager starts a document of the process: it begins as an empty reserved draft, version 1. */
@Service
public class CreateDocument {

    private final DocumentRules rules;
    private final DocumentStore store;
    private final ProcessesApi processes;
    private final OrganisationApi organisation;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    CreateDocument(
            DocumentRules rules,
            DocumentStore store,
            ProcessesApi processes,
            OrganisationApi organisation,
            AccountsApi accounts,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.processes = processes;
        this.organisation = organisation;
        this.accounts = accounts;
        this.events = events;
    }

    /** Returns the new document's id. */
    @Transactional
    public long handle(long processId, DocumentForm form) {
        rules.managedByViewer(processId);
        var kind = DocumentRules.present("kind", form.kind());
        String title = DocumentRules.required("title", form.title(), DocumentRules.MAX_TITLE);
        if (form.phaseId() != null && processes.phases(processId).stream().noneMatch(p -> p.id() == form.phaseId())) {
            throw new RuleViolation("phaseId", "documents.unknownPhase");
        }
        if (form.themeId() != null && !organisation.themesExist(List.of(form.themeId()))) {
            throw new RuleViolation("themeId", "documents.unknownTheme");
        }
        long id = store.create(
                processId,
                form.phaseId(),
                form.themeId(),
                kind.name(),
                title,
                accounts.currentAccountId().orElse(null));
        events.publishEvent(new DocumentChanged(id));
        return id;
    }
}
