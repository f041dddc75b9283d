package org.percorsi.documents.usecases;

import java.time.LocalDate;
import org.percorsi.documents.domain.DocumentStore;
import org.percorsi.documents.domain.DocumentStore.VersionRow;
import org.percorsi.documents.domain.EnteActStore;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * What the ente's act checks besides the manager's permission: it answers a final document, namely its latest
 * version out of draft (whose items are frozen), and its dates are not in the future.
 */
@Component
class EnteActRules {

    static final int MAX_NUMBER = 40;
    static final int MAX_TEXT = 5000;
    static final int MAX_URL = 2000;

    private final DocumentRules rules;
    private final DocumentStore documents;
    private final ProcessesApi processes;
    private final EnteActStore acts;

    EnteActRules(DocumentRules rules, DocumentStore documents, ProcessesApi processes, EnteActStore acts) {
        this.rules = rules;
        this.documents = documents;
        this.processes = processes;
        this.acts = acts;
    }

    /**
     * The version the act answers, locked, of a final document the viewer manages: its latest version out of
     * draft. Refused for another kind of document, or while every version is a draft.
     */
    VersionRow answeredVersion(long processId, long documentId) {
        rules.documentManagedByViewer(processId, documentId);
        var latest = acts.latestOutOfDraft(documentId);
        if (!"FINAL_DOCUMENT".equals(latest.kind())) {
            throw RuleViolation.global("documents.act.notFinal");
        }
        if (latest.outOfDraft() == null) {
            throw RuleViolation.global("documents.act.noVersion");
        }
        return documents.lockVersion(documentId, latest.outOfDraft()).orElseThrow();
    }

    /** A date that is given and not in the future. */
    LocalDate pastDate(String field, LocalDate on) {
        DocumentRules.present(field, on);
        if (on.isAfter(processes.today())) {
            throw new RuleViolation(field, "documents.act.future");
        }
        return on;
    }
}
