package org.percorsi.documents;

import java.util.List;
import org.percorsi.documents.queries.ProvenanceQueries;
import org.percorsi.documents.queries.VersionParts;
import org.percorsi.proposals.ProposalCitations;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Component;

/** Tells a proposal's page where documents cite it: paragraphs and final document items the viewer may see. */
@Component
class DocumentsCitingProposals implements ProposalCitations {

    private final ProvenanceQueries queries;

    DocumentsCitingProposals(ProvenanceQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Citation> citationsOf(long processId, long proposalId) {
        return queries.citedIn(processId, SourceKind.PROPOSAL, List.of(proposalId)).stream()
                .map(c -> new Citation(
                        c.documentTitle(),
                        c.version(),
                        section(c.section(), c.anchor()),
                        VersionParts.at(c.documentId(), c.version(), c.anchor())))
                .toList();
    }

    /** The heading of the cited paragraph, or "item" for a final document's item. */
    static String section(String heading, String anchor) {
        return anchor.startsWith("item-") ? View.t("documents.items.anItem") : heading;
    }
}
