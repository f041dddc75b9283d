package org.percorsi.programming.queries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.programming.queries.InterventionQueries.Sheet;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.SourceTextLists;
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

    InterventionTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /**
     * The interventions carrying out the processes' proposals: two reads, however many processes and interventions
     * there are. An intervention carrying out proposals of several processes is listed in each of them.
     */
    @Override
    public Map<Long, List<SourceText>> textsOf(Collection<Long> processIds) {
        record Listed(long processId, long id, String title, String summary, String objectives) {}
        var texts = new SourceTextLists(processIds);
        if (processIds.isEmpty()) {
            return texts.lists();
        }
        var sheets = jdbc.sql("""
                        select distinct p.process_id, i.id, i.title, i.summary_html, i.objectives_html
                        from intervention i join intervention_proposal ip on ip.intervention_id = i.id
                        join proposal_summary p on p.id = ip.proposal_id
                        where p.process_id = any(:ids)
                        order by p.process_id, i.id""")
                .param("ids", SourceTextLists.ids(processIds))
                .query((rs, n) ->
                        new Listed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        if (sheets.isEmpty()) {
            return texts.lists();
        }
        var ids = sheets.stream().map(Listed::id).distinct().toArray(Long[]::new);
        Map<Long, List<ContentSource>> titles = new HashMap<>();
        jdbc.sql("""
                        select intervention_id, 1 as part, 'activity-' || id as field, title, starts_on as on_day, id
                        from intervention_activity where intervention_id = any(:ids)
                        union all
                        select intervention_id, 2, 'milestone-' || id, title, due_on, id
                        from intervention_milestone where intervention_id = any(:ids)
                        order by 1, 2, 5 nulls last, 6""").param("ids", ids).query(rs -> {
            titles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(ContentSource.plain(
                            ContentKind.INTERVENTION, rs.getLong(1), rs.getString(3), rs.getString(4)));
        });
        for (Listed sheet : sheets) {
            texts.of(sheet.processId())
                    .add(
                            ContentSource.plain(ContentKind.INTERVENTION, sheet.id(), "title", sheet.title()),
                            sheet.title())
                    .add(
                            ContentSource.rich(ContentKind.INTERVENTION, sheet.id(), "summary", sheet.summary()),
                            sheet.title())
                    .add(
                            ContentSource.rich(ContentKind.INTERVENTION, sheet.id(), "objectives", sheet.objectives()),
                            sheet.title())
                    .addAll(titles.getOrDefault(sheet.id(), List.of()), sheet.title());
        }
        return texts.lists();
    }
}
