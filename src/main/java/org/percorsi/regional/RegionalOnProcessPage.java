package org.percorsi.regional;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.HashMap;
import java.util.Optional;
import org.percorsi.documents.EnteActs;
import org.percorsi.documents.FinalDocumentReviews;
import org.percorsi.processes.ProcessSections;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.processes.Visibility;
import org.percorsi.regional.queries.DossierQueries;
import org.percorsi.regional.usecases.FinalReportContents;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The dossier's public record on the process's page (call, formal start, end, extensions, amounts, the final
 * document's validation and sending, the ente's act; never a person's name), the funder's mention and logo when the call requires them, and the final report to download once it is
 * public (a public process whose report was sent to the region; never the annex with the names).
 */
@Component
@Order(20) // the funding record last, near the process's credits
class RegionalOnProcessPage implements ProcessSections {

    private final DossierQueries dossiers;
    private final ProcessesApi processes;
    private final TemplateEngine templates;
    private final FinalDocumentReviews finalDocuments;
    private final EnteActs acts;

    RegionalOnProcessPage(
            DossierQueries dossiers,
            ProcessesApi processes,
            TemplateEngine templates,
            FinalDocumentReviews finalDocuments,
            EnteActs acts) {
        this.dossiers = dossiers;
        this.processes = processes;
        this.templates = templates;
        this.finalDocuments = finalDocuments;
        this.acts = acts;
    }

    @Override
    public Optional<Content> sectionOf(long processId) {
        return dossiers.ofProcess(processId).map(dossier -> {
            var params = new HashMap<String, Object>();
            params.put("record", PublicRecord.of(dossier));
            params.put("reportPath", reportPath(dossier));
            // the final document's path to the ente as the call requires it: validated, sent, answered by an act
            params.put("finalDocuments", finalDocuments.publicOf(processId));
            params.put("act", acts.latestOnRecord(processId).orElse(null));
            return output -> templates.render("regional/section.jte", params, output);
        });
    }

    /** Where anyone downloads the final report (without its extension), or null while it is not public. */
    private String reportPath(Dossier dossier) {
        if (!FinalReportContents.isPublic(dossier)) {
            return null;
        }
        return processes
                .visibleById(dossier.processId())
                .filter(page ->
                        page.visibility() == Visibility.PUBLIC && page.status().isPublic())
                .map(page -> "/processes/" + page.slug() + "/final-report")
                .orElse(null);
    }
}
