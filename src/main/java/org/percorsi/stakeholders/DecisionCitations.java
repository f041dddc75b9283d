package org.percorsi.stakeholders;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the negotiation table's decisions are cited, told by the module that cites them (documents: a paragraph
 * that draws on a decision), so that a session's page can say so while stakeholders never depends on documents.
 * Only documents and versions the viewer may see.
 */
public interface DecisionCitations {

    /** One place citing a decision: the document, its version, the section (null before any heading), the link. */
    record Citation(String documentTitle, int version, String section, String url) {}

    /** The citations of these decisions (of the process's table), by decision id, in a fixed number of queries. */
    Map<Long, List<Citation>> citationsOf(long processId, Collection<Long> decisionIds);
}
