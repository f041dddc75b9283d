package org.percorsi.processes.queries;

import java.util.List;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.SourceTextList;
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

    @Override
    public List<SourceText> textsOf(long processId) {
        var texts = new SourceTextList(processId);
        jdbc.sql("select title, short_description, description_html, easy_read from process where id = :id")
                .param("id", processId)
                .query(rs -> {
                    String title = rs.getString("title");
                    texts.addAll(
                            List.of(
                                    ContentSource.plain(ContentKind.PROCESS, processId, "title", title),
                                    ContentSource.plain(
                                            ContentKind.PROCESS,
                                            processId,
                                            "shortDescription",
                                            rs.getString("short_description")),
                                    ContentSource.plain(
                                            ContentKind.PROCESS, processId, "easyRead", rs.getString("easy_read")),
                                    ContentSource.rich(
                                            ContentKind.PROCESS,
                                            processId,
                                            "description",
                                            rs.getString("description_html"))),
                            title);
                });
        jdbc.sql("select id, position, title, description_html from phase where process_id = :id order by position")
                .param("id", processId)
                .query(rs -> {
                    long phase = rs.getLong("id");
                    texts.addAll(
                            List.of(
                                    ContentSource.plain(ContentKind.PHASE, phase, "title", rs.getString("title")),
                                    ContentSource.rich(
                                            ContentKind.PHASE, phase, "description", rs.getString("description_html"))),
                            rs.getInt("position") + ". " + rs.getString("title"));
                });
        return texts.list();
    }
}
