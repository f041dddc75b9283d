package org.percorsi.regional.queries;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.percorsi.documents.DocumentsApi;
import org.percorsi.documents.EnteActs;
import org.percorsi.meetings.AttendanceTotals;
import org.percorsi.processes.PhaseView;
import org.percorsi.processes.ProcessDocuments;
import org.percorsi.processes.ProcessPage;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.processes.Visibility;
import org.percorsi.stakeholders.NegotiationTableFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the platform already knows about a funded process, read through the other modules' published types: the
 * attendance of its meetings and their formats, its negotiation table, its documents public on the process's pages
 * and the ente's act. Figures only, no names: the checklist, the observatory's record and the final report all
 * read it.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistEvidence {

    public record Evidence(
            AttendanceTotals.Totals attendance,
            NegotiationTableFacts.TableFacts table,
            List<PublicDocument> documents,
            Optional<EnteActs.PublishedAct> act) {}

    /** A document anyone may read on the process's pages, at its latest public version. */
    public record PublicDocument(long id, String title, String kindLabel, int version) {}

    private final AttendanceTotals attendance;
    private final NegotiationTableFacts table;
    private final ProcessDocuments documents;
    private final DocumentsApi versions;
    private final ProcessesApi processes;
    private final EnteActs acts;

    ChecklistEvidence(
            AttendanceTotals attendance,
            NegotiationTableFacts table,
            ProcessDocuments documents,
            DocumentsApi versions,
            ProcessesApi processes,
            EnteActs acts) {
        this.attendance = attendance;
        this.table = table;
        this.documents = documents;
        this.versions = versions;
        this.processes = processes;
        this.acts = acts;
    }

    /** The caller has checked that the viewer manages the process, or reads only what is public of it. */
    public Evidence of(long processId) {
        return new Evidence(
                attendance.ofProcess(processId),
                table.of(processId),
                publicDocuments(processId),
                acts.latestPublished(processId));
    }

    /**
     * The documents "public on the process's pages", whoever asks (a manager sees more): none while the process is
     * reserved or a draft, none of a reserved phase, and each at its latest public version out of draft, so a
     * reserved version or a draft counts for nothing.
     */
    private List<PublicDocument> publicDocuments(long processId) {
        boolean processPublic = processes
                .visibleById(processId)
                .filter(ChecklistEvidence::publicProcess)
                .isPresent();
        if (!processPublic) {
            return List.of();
        }
        Set<Long> reservedPhases = processes.phases(processId).stream()
                .filter(PhaseView::reserved)
                .map(PhaseView::id)
                .collect(Collectors.toSet());
        return documents.of(processId).stream()
                .filter(d -> d.phaseId() == null || !reservedPhases.contains(d.phaseId()))
                .flatMap(d -> versions.indexable(d.id()).stream()
                        .filter(v -> !v.reserved())
                        .map(v -> new PublicDocument(d.id(), d.title(), d.kindLabel(), v.number())))
                .toList();
    }

    static boolean publicProcess(ProcessPage page) {
        return page.visibility() == Visibility.PUBLIC && page.status().isPublic();
    }
}
