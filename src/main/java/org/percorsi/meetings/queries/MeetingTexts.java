package org.percorsi.meetings.queries;

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

/** The meetings' texts of a process for its translators: title, easy-read summary, description and agenda. */
@Component
@Transactional(readOnly = true)
class MeetingTexts implements TranslatableContent {

    private final JdbcClient jdbc;

    MeetingTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One read for all the processes. */
    @Override
    public Map<Long, List<SourceText>> textsOf(Collection<Long> processIds) {
        var texts = new SourceTextLists(processIds);
        if (processIds.isEmpty()) {
            return texts.lists();
        }
        jdbc.sql("""
                        select process_id, id, title, easy_read, description_html, agenda_html from meeting
                        where process_id = any(:ids) and status <> 'CANCELLED' order by process_id, starts_at, id""").param("ids", SourceTextLists.ids(processIds)).query(rs -> {
            long id = rs.getLong("id");
            String title = rs.getString("title");
            texts.of(rs.getLong("process_id"))
                    .addAll(
                            List.of(
                                    ContentSource.plain(ContentKind.MEETING, id, "title", title),
                                    ContentSource.plain(ContentKind.MEETING, id, "easyRead", rs.getString("easy_read")),
                                    ContentSource.rich(
                                            ContentKind.MEETING, id, "description", rs.getString("description_html")),
                                    ContentSource.rich(ContentKind.MEETING, id, "agenda", rs.getString("agenda_html"))),
                            title);
        });
        return texts.lists();
    }
}
