package org.percorsi.harvest;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.HashMap;
import java.util.Optional;
import org.percorsi.harvest.queries.HarvestQueries;
import org.percorsi.meetings.MeetingHarvest;
import org.springframework.stereotype.Component;

/** The harvest's section of a meeting's page: read now (five queries), drawn where the page places it. */
@Component
class HarvestOnMeetingPage implements MeetingHarvest {

    private final HarvestQueries queries;
    private final TemplateEngine templates;

    HarvestOnMeetingPage(HarvestQueries queries, TemplateEngine templates) {
        this.queries = queries;
        this.templates = templates;
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
        return Optional.of(output -> templates.render("harvest/section.jte", params, output));
    }
}
