package org.percorsi.regional.usecases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.percorsi.documents.FinalDocumentReviews;
import org.percorsi.documents.FinalDocumentReviews.FinalDocumentReview;
import org.percorsi.processes.PhaseView;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.processes.Visibility;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.queries.ChecklistEvidence;
import org.percorsi.regional.queries.ChecklistQueries;
import org.percorsi.regional.queries.DossierQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the final report of a funded process is made of: the whole dossier, the process's phases, the evidence the
 * other modules hold and the quality checklist. The same contents make the report for its managers and, once it
 * was sent to the region, for the public: only what is public goes in (phases not reserved, documents public on
 * the process's pages, an act not reserved, the review of a final document's public version), and the report's
 * writer leaves the person names out (they go in the annex, which is never public).
 */
@Service
@Transactional(readOnly = true)
public class FinalReportContents {

    public record Contents(
            Dossier dossier,
            List<PhaseView> phases,
            ChecklistEvidence.Evidence evidence,
            Map<String, ChecklistQueries.Entry> checklist,
            List<FinalDocumentReview> finalDocuments) {}

    private final RegionalRules rules;
    private final DossierQueries dossiers;
    private final ProcessesApi processes;
    private final ChecklistEvidence evidence;
    private final ChecklistQueries checklist;
    private final FinalDocumentReviews finalDocuments;

    FinalReportContents(
            RegionalRules rules,
            DossierQueries dossiers,
            ProcessesApi processes,
            ChecklistEvidence evidence,
            ChecklistQueries checklist,
            FinalDocumentReviews finalDocuments) {
        this.rules = rules;
        this.dossiers = dossiers;
        this.processes = processes;
        this.evidence = evidence;
        this.checklist = checklist;
        this.finalDocuments = finalDocuments;
    }

    /** The report of the process, for its managers (and administrators). */
    public Contents of(long processId) {
        return contents(rules.dossier(processId));
    }

    /**
     * The report anyone may download: only of a public process out of draft, and only once its managers recorded
     * the final report as sent to the region; empty otherwise (a reserved or draft process, a report not sent).
     */
    public Optional<Contents> published(String slug) {
        return processes
                .publicPage(slug)
                .filter(page ->
                        page.visibility() == Visibility.PUBLIC && page.status().isPublic())
                .flatMap(page -> dossiers.ofProcess(page.id()))
                .filter(FinalReportContents::isPublic)
                .map(this::contents);
    }

    /** Whether the dossier's final report is public: sent to the region (the process's visibility is checked apart). */
    public static boolean isPublic(Dossier dossier) {
        return dossier.finalReportSentOn() != null;
    }

    private Contents contents(Dossier dossier) {
        long processId = dossier.processId();
        var found = evidence.of(processId);
        var publicEvidence = new ChecklistEvidence.Evidence(
                found.attendance(),
                found.table(),
                found.documents(),
                found.act().filter(act -> !act.reserved()));
        List<PhaseView> phases = processes.phases(processId).stream()
                .filter(phase -> !phase.reserved())
                .toList();
        return new Contents(
                dossier, phases, publicEvidence, checklist.of(dossier.id()), finalDocuments.publicOf(processId));
    }
}
