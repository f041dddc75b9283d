package org.percorsi.documents;

import java.util.List;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.documents.queries.DocumentTexts;
import org.percorsi.processes.ProcessDocuments;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Component;

/** Tells a process's page its documents, each at its latest version the viewer may see. */
@Component
class DocumentsOfProcess implements ProcessDocuments {

    private final DocumentQueries queries;

    DocumentsOfProcess(DocumentQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Listed> of(long processId) {
        return queries.listedFor(processId).stream()
                .map(d -> new Listed(
                        d.id(),
                        d.phaseId(),
                        d.title(),
                        View.t("documents.kind." + d.kind().name()),
                        d.number(),
                        View.t("documents.state." + d.state().name()),
                        d.expectedOutput(),
                        // as the document's page shows it: a final document's title only as reviewed
                        DocumentTexts.sources(d.id(), d.kind(), d.title(), d.state(), List.of())
                                .getFirst()))
                .toList();
    }
}
