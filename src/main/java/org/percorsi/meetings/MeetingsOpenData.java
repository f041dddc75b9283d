package org.percorsi.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.percorsi.meetings.MeetingsForApi.ApiMeeting;
import org.percorsi.processes.ProcessesOpenData;
import org.percorsi.shared.database.StreamedRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public record of meetings for the open data, as a visitor who is not signed in sees it whoever asks:
 * meetings of public processes that are not reserved, nor in a reserved phase; the attendance per category
 * only once the record was published (the meeting closed). Counts only, never who. Streamed from a cursor.
 */
@Service
public class MeetingsOpenData {

    /**
     * A public meeting, read as the REST API reads it ({@link MeetingRows}); {@code attendance} is empty until its
     * record is published.
     */
    public record PublicMeeting(ApiMeeting meeting, Map<Attendance.Category, Integer> attendance) {}

    private final JdbcTemplate jdbc;

    MeetingsOpenData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public void eachPublicMeeting(Consumer<PublicMeeting> rows) {
        StreamedRows.each(
                jdbc,
                """
                            select %s,
                                   array(select a.bucket || '=' || a.people from meeting_attendance a
                                         where a.meeting_id = m.id and a.dimension = 'CATEGORY'
                                           and m.status = 'CLOSED') as attendance
                            from meeting m
                            where not m.reserved
                              and exists (select 1 from process_summary p where p.id = m.process_id and %s)
                              and (m.phase_id is null or exists (select 1 from phase_summary ph
                                                                 where ph.id = m.phase_id and not ph.reserved))
                            order by m.starts_at, m.id""".formatted(MeetingRows.COLUMNS, ProcessesOpenData.PUBLIC_PROCESS),
                rs -> new PublicMeeting(MeetingRows.meeting(rs), attendance(rs)),
                rows);
    }

    private static Map<Attendance.Category, Integer> attendance(ResultSet rs) throws SQLException {
        Map<Attendance.Category, Integer> attendance = new EnumMap<>(Attendance.Category.class);
        for (String pair : (String[]) rs.getArray("attendance").getArray()) {
            String[] parts = pair.split("=", 2);
            attendance.put(Attendance.Category.valueOf(parts[0]), Integer.valueOf(parts[1]));
        }
        return attendance;
    }
}
