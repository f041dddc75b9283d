package org.percorsi.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.documents.queries.ProvenanceQueries;
import org.percorsi.documents.queries.VersionParts;
import org.percorsi.stakeholders.DecisionCitations;
import org.springframework.stereotype.Component;

/** Tells a negotiation table session's page where documents cite its decisions: paragraphs the viewer may see. */
@Component
class DocumentsCitingDecisions implements DecisionCitations {

    private final ProvenanceQueries queries;

    DocumentsCitingDecisions(ProvenanceQueries queries) {
        this.queries = queries;
    }

    @Override
    public Map<Long, List<Citation>> citationsOf(long processId, Collection<Long> decisionIds) {
        var cited = new HashMap<Long, List<Citation>>();
        for (var c : queries.citedIn(processId, SourceKind.TABLE_DECISION, decisionIds)) {
            cited.computeIfAbsent(c.sourceId(), k -> new ArrayList<>())
                    .add(new Citation(
                            c.documentTitle(),
                            c.version(),
                            c.section(),
                            VersionParts.at(c.documentId(), c.version(), c.anchor())));
        }
        return cited;
    }
}
