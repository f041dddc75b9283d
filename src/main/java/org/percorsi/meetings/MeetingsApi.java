package org.percorsi.meetings;

import java.util.Optional;
import org.percorsi.shared.richtext.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of meetings. */
@Service
@Transactional(readOnly = true)
public class MeetingsApi {

    private final JdbcClient jdbc;

    MeetingsApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What search indexes of a meeting: its text, minutes and synthesis once published.
     * Reserved meetings are never indexed (search filters only by process and phase).
     */
    public record Indexable(long id, long processId, Long phaseId, String title, String text, boolean reserved) {
    }

    public Optional<Indexable> indexable(long meetingId) {
        return jdbc.sql("select * from meeting where id = :id").param("id", meetingId)
                .query((rs, n) -> new Indexable(rs.getLong("id"), rs.getLong("process_id"), (Long) rs.getObject("phase_id"),
                        rs.getString("title"), String.join(" ", nonNull(rs.getString("audience")),
                                nonNull(rs.getString("address")), RichText.plainText(rs.getString("description_html")),
                                RichText.plainText(rs.getString("agenda_html")),
                                "CLOSED".equals(rs.getString("status")) ? RichText.plainText(rs.getString("minutes_html")) : "",
                                RichText.plainText(rs.getString("synthesis_html"))).strip(),
                        rs.getBoolean("reserved")))
                .optional();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
