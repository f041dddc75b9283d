package org.percorsi.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.percorsi.meetings.MeetingsForApi.ApiMeeting;

/**
 * A meeting as it is shown outside the platform, read once for both the REST API and the open data: one select
 * list and one mapping, so that the two cannot drift apart. Each caller adds its own filters (who may see what).
 */
final class MeetingRows {

    /** The select list, on {@code meeting m}: what a visitor reads on the page, never the online link itself. */
    static final String COLUMNS = """
            m.id, m.process_id, m.phase_id, m.title, m.format, m.status, m.starts_at, m.ends_at, m.address, m.room,
            m.online_url is not null as online, m.audience, m.theme_id, m.scope_id, m.reserved""";

    private MeetingRows() {}

    static ApiMeeting meeting(ResultSet rs) throws SQLException {
        return new ApiMeeting(
                rs.getLong("id"),
                rs.getLong("process_id"),
                (Long) rs.getObject("phase_id"),
                rs.getString("title"),
                MeetingFormat.valueOf(rs.getString("format")),
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("address"),
                rs.getString("room"),
                rs.getBoolean("online"),
                rs.getString("audience"),
                (Long) rs.getObject("theme_id"),
                (Long) rs.getObject("scope_id"),
                rs.getBoolean("reserved"));
    }
}
