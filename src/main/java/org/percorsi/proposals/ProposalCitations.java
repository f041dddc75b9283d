package org.percorsi.proposals;

import java.util.List;

/**
 * Where a proposal is cited, told by the module that cites it (documents: a paragraph that draws on it, an item
 * of a final document that puts it forward), so that the proposal's page can say so while proposals never
 * depends on documents. Only what the viewer may see: documents and versions reserved to others are left out.
 */
public interface ProposalCitations {

    /** One place citing the proposal: the document, its version, the section (null before any heading), the link. */
    record Citation(String documentTitle, int version, String section, String url) {}

    List<Citation> citationsOf(long processId, long proposalId);
}
