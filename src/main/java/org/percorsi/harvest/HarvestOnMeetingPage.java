package org.percorsi.harvest;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.percorsi.harvest.queries.HarvestQueries;
import org.percorsi.meetings.MeetingHarvest;
import org.springframework.stereotype.Component;

/** The harvest's section of a meeting's page: read now (five queries), drawn where the page places it. */
@Component
class HarvestOnMeetingPage implements MeetingHarvest {

    private final HarvestQueries queries;
    private final TemplateEngine templates;
    /** Modules that cite harvest items (documents). */
    private final List<HarvestCitations> citations;

    HarvestOnMeetingPage(HarvestQueries queries, TemplateEngine templates, List<HarvestCitations> citations) {
        this.queries = queries;
        this.templates = templates;
        this.citations = citations;
    }

    @Override
    public Optional<Content> sectionOf(long meetingId, String synthesisHtml) {
        var harvest = queries.of(meetingId);
        if (harvest.isEmpty() && synthesisHtml == null) {
            return Optional.empty();
        }
        var params = new HashMap<String, Object>();
        params.put("harvest", harvest);
        params.put("synthesisHtml", synthesisHtml);
        // one lookup for the whole meeting, whatever the number of items
        var itemIds = harvest.items().stream().map(HarvestQueries.Item::id).toList();
        var cited = new ArrayList<HarvestCitations.CitedItem>();
        for (var source : itemIds.isEmpty() ? List.<HarvestCitations>of() : citations) {
            var byItem = source.citationsOf(itemIds);
            for (var item : harvest.items()) {
                byItem.getOrDefault(item.id(), List.of())
                        .forEach(c -> cited.add(new HarvestCitations.CitedItem(item.body(), c)));
            }
        }
        params.put("citedIn", cited);
        return Optional.of(output -> templates.render("harvest/section.jte", params, output));
    }
}
