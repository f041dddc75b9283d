package org.percorsi.harvest;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the items of a meeting's harvest are cited, told by the module that cites them (documents), so that the
 * harvest's section of the meeting's page can say so while harvest never depends on documents. Only documents
 * and versions the viewer may see.
 */
public interface HarvestCitations {

    /** One place citing an item: the document, its version, the section (null before any heading), the link. */
    record Citation(String documentTitle, int version, String section, String url) {}

    /** An item of the harvest and one place citing it, as the meeting's page lists them. */
    record CitedItem(String itemText, Citation citation) {}

    /** The citations of these items (a meeting's), by item id, in one query. */
    Map<Long, List<Citation>> citationsOf(Collection<Long> itemIds);
}
