package org.percorsi.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.documents.queries.ProvenanceQueries;
import org.percorsi.documents.queries.VersionParts;
import org.percorsi.harvest.HarvestApi;
import org.percorsi.harvest.HarvestCitations;
import org.percorsi.meetings.MeetingsApi;
import org.springframework.stereotype.Component;

/** Tells a meeting's harvest where documents cite its items: paragraphs and final document items the viewer may see. */
@Component
class DocumentsCitingHarvest implements HarvestCitations {

    private final ProvenanceQueries queries;
    private final HarvestApi harvest;
    private final MeetingsApi meetings;

    DocumentsCitingHarvest(ProvenanceQueries queries, HarvestApi harvest, MeetingsApi meetings) {
        this.queries = queries;
        this.harvest = harvest;
        this.meetings = meetings;
    }

    @Override
    public Map<Long, List<Citation>> citationsOf(Collection<Long> itemIds) {
        var cited = new HashMap<Long, List<Citation>>();
        var meetingId = harvest.items(itemIds).values().stream()
                .map(HarvestApi.ItemRef::meetingId)
                .findFirst();
        var processId = meetingId.flatMap(meetings::meeting).map(MeetingsApi.MeetingRef::processId);
        if (processId.isEmpty()) {
            return cited;
        }
        for (var c : queries.citedIn(processId.get(), SourceKind.HARVEST_ITEM, itemIds)) {
            cited.computeIfAbsent(c.sourceId(), k -> new ArrayList<>())
                    .add(new Citation(
                            c.documentTitle(),
                            c.version(),
                            DocumentsCitingProposals.section(c.section(), c.anchor()),
                            VersionParts.at(c.documentId(), c.version(), c.anchor())));
        }
        return cited;
    }
}
