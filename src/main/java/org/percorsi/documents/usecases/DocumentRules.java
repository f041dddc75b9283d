package org.percorsi.documents.usecases;

import java.util.List;
import org.percorsi.documents.VersionState;
import org.percorsi.documents.domain.DocumentStore;
import org.percorsi.documents.domain.DocumentStore.VersionRow;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/** What every change to a document checks: that the viewer manages its process, and that a draft is still one. */
@Component
class DocumentRules {

    static final int MAX_TITLE = 300;
    /** A dense 200-page report is about 600,000 characters; the database holds a text up to this. */
    static final int MAX_MARKDOWN = 1_000_000;

    static final int MAX_LINE = 2000;

    private final ProcessPermissions permissions;
    private final DocumentStore store;
    private final ProcessesApi processes;
    private final OrganisationApi organisation;

    DocumentRules(
            ProcessPermissions permissions, DocumentStore store, ProcessesApi processes, OrganisationApi organisation) {
        this.permissions = permissions;
        this.store = store;
        this.processes = processes;
        this.organisation = organisation;
    }

    /**
     * Where a document sits: a phase of its process, a theme of the organisation, and an expected output of that
     * phase (one of its lines, as written); returns the output, stripped, or null.
     */
    String placement(long processId, Long phaseId, Long themeId, String expectedOutput) {
        var phase = phaseId == null
                ? null
                : processes.phases(processId).stream()
                        .filter(p -> p.id() == phaseId)
                        .findFirst()
                        .orElseThrow(() -> new RuleViolation("phaseId", "documents.unknownPhase"));
        if (themeId != null && !organisation.themesExist(List.of(themeId))) {
            throw new RuleViolation("themeId", "documents.unknownTheme");
        }
        String output = expectedOutput == null || expectedOutput.isBlank() ? null : expectedOutput.strip();
        if (output != null && (phase == null || !phase.expectedOutputs().contains(output))) {
            throw new RuleViolation("expectedOutput", "documents.unknownOutput");
        }
        return output;
    }

    /** The one permission of every change: the process's managers (and administrators). */
    void managedByViewer(long processId) {
        permissions.requireCanManage(processId);
    }

    /** The document, if it belongs to this process and the viewer manages that process. */
    void documentManagedByViewer(long processId, long documentId) {
        managedByViewer(processId);
        if (store.processOf(documentId).filter(p -> p == processId).isEmpty()) {
            throw new NotFoundException("document " + documentId);
        }
    }

    /** The version, locked; refused with a clear message unless it is in the expected state. */
    VersionRow versionIn(long documentId, Integer number, VersionState expected, String refusalKey) {
        var version = store.lockVersion(documentId, present("version", number))
                .orElseThrow(() -> new NotFoundException("version " + number + " of document " + documentId));
        if (!version.state().equals(expected.name())) {
            throw RuleViolation.global(refusalKey, number);
        }
        return version;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "documents.required");
        }
        return value;
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "documents.required");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new RuleViolation(field, "documents.tooLong", max);
        }
        return value.strip();
    }
}
