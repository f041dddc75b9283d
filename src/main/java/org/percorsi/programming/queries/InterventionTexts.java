package org.percorsi.programming.queries;

import java.util.ArrayList;
import java.util.List;
import org.percorsi.programming.queries.InterventionQueries.Sheet;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.TranslatableContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an intervention's public sheet says in words, for its page and its translators: title, summary, objectives,
 * and the titles of its activities and milestones (one by one, so a changed milestone alone goes out of date). An
 * intervention belongs to no process: it is translated with the processes whose proposals it carries out.
 */
@Component
@Transactional(readOnly = true)
public class InterventionTexts implements TranslatableContent {

    private final JdbcClient jdbc;
    private final InterventionQueries interventions;

    InterventionTexts(JdbcClient jdbc, InterventionQueries interventions) {
        this.jdbc = jdbc;
        this.interventions = interventions;
    }

    /** The texts of the sheet, in page order. */
    public static List<ContentSource> sources(long id, Sheet sheet) {
        List<ContentSource> sources = new ArrayList<>();
        sources.add(ContentSource.plain(
                ContentKind.INTERVENTION, id, "title", sheet.summary().title()));
        sources.add(ContentSource.rich(ContentKind.INTERVENTION, id, "summary", sheet.summaryHtml()));
        sources.add(ContentSource.rich(ContentKind.INTERVENTION, id, "objectives", sheet.objectivesHtml()));
        sheet.activities()
                .forEach(a -> sources.add(
                        ContentSource.plain(ContentKind.INTERVENTION, id, "activity-" + a.id(), a.title())));
        sheet.milestones()
                .forEach(m -> sources.add(
                        ContentSource.plain(ContentKind.INTERVENTION, id, "milestone-" + m.id(), m.title())));
        return sources;
    }

    @Override
    public List<SourceText> textsOf(long processId) {
        var ids = jdbc.sql("""
                        select distinct ip.intervention_id from intervention_proposal ip
                        join proposal_summary p on p.id = ip.proposal_id where p.process_id = :p
                        order by ip.intervention_id""").param("p", processId).query(Long.class).list();
        List<SourceText> texts = new ArrayList<>();
        for (long id : ids) {
            interventions
                    .sheet(id)
                    .ifPresent(sheet -> sources(id, sheet).stream()
                            .filter(s -> !s.original().isBlank())
                            .forEach(s -> texts.add(
                                    new SourceText(processId, s, sheet.summary().title()))));
        }
        return texts;
    }
}
