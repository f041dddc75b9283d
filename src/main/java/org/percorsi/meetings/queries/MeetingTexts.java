package org.percorsi.meetings.queries;

import java.util.List;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.SourceTextList;
import org.percorsi.shared.language.TranslatableContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The meetings' texts of a process for its translators: title, easy-read summary, description and agenda. */
@Component
@Transactional(readOnly = true)
class MeetingTexts implements TranslatableContent {

    private final JdbcClient jdbc;

    MeetingTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SourceText> textsOf(long processId) {
        var texts = new SourceTextList(processId);
        jdbc.sql("""
                        select id, title, easy_read, description_html, agenda_html from meeting
                        where process_id = :id and status <> 'CANCELLED' order by starts_at, id""").param("id", processId).query(rs -> {
            long id = rs.getLong("id");
            String title = rs.getString("title");
            texts.addAll(
                    List.of(
                            ContentSource.plain(ContentKind.MEETING, id, "title", title),
                            ContentSource.plain(ContentKind.MEETING, id, "easyRead", rs.getString("easy_read")),
                            ContentSource.rich(
                                    ContentKind.MEETING, id, "description", rs.getString("description_html")),
                            ContentSource.rich(ContentKind.MEETING, id, "agenda", rs.getString("agenda_html"))),
                    title);
        });
        return texts.list();
    }
}
