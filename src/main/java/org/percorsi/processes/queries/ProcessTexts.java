package org.percorsi.processes.queries;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.SourceTextLists;
import org.percorsi.shared.language.TranslatableContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A process's texts for its translators: title, descriptions, easy-read summary, and each phase's title and text. */
@Component
@Transactional(readOnly = true)
class ProcessTexts implements TranslatableContent {

    private final JdbcClient jdbc;

    ProcessTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Two reads for all the processes: their own texts, then their phases'. */
    @Override
    public Map<Long, List<SourceText>> textsOf(Collection<Long> processIds) {
        var texts = new SourceTextLists(processIds);
        if (processIds.isEmpty()) {
            return texts.lists();
        }
        var ids = SourceTextLists.ids(processIds);
        jdbc.sql("select id, title, short_description, description_html, easy_read from process where id = any(:ids)")
                .param("ids", ids)
                .query(rs -> {
                    long processId = rs.getLong("id");
                    String title = rs.getString("title");
                    texts.of(processId)
                            .addAll(
                                    List.of(
                                            ContentSource.plain(ContentKind.PROCESS, processId, "title", title),
                                            ContentSource.plain(
                                                    ContentKind.PROCESS,
                                                    processId,
                                                    "shortDescription",
                                                    rs.getString("short_description")),
                                            ContentSource.plain(
                                                    ContentKind.PROCESS,
                                                    processId,
                                                    "easyRead",
                                                    rs.getString("easy_read")),
                                            ContentSource.rich(
                                                    ContentKind.PROCESS,
                                                    processId,
                                                    "description",
                                                    rs.getString("description_html"))),
                                    title);
                });
        jdbc.sql("""
                        select process_id, id, position, title, description_html from phase
                        where process_id = any(:ids) order by process_id, position""").param("ids", ids).query(rs -> {
            long phase = rs.getLong("id");
            texts.of(rs.getLong("process_id"))
                    .addAll(
                            List.of(
                                    ContentSource.plain(ContentKind.PHASE, phase, "title", rs.getString("title")),
                                    ContentSource.rich(
                                            ContentKind.PHASE, phase, "description", rs.getString("description_html"))),
                            rs.getInt("position") + ". " + rs.getString("title"));
        });
        return texts.lists();
    }
}
