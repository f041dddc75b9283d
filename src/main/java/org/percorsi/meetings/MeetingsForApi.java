package org.percorsi.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.percorsi.processes.ProcessesForApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings for the read-only REST API, as the caller may see them: of a visible process; a reserved meeting or
 * one in a reserved phase only inside the caller's area ({@link ProcessesForApi}). What a visitor reads on the
 * meeting's page, without the online link (given to those registered) nor anything about who comes.
 */
@Service
@Transactional(readOnly = true)
public class MeetingsForApi {

    private static final String VISIBLE = """
            (not m.reserved or m.process_id = any(:area))
            and exists (select 1 from process_summary p where p.id = m.process_id and %s)
            and (m.phase_id is null or exists (select 1 from phase_summary ph where ph.id = m.phase_id and %s))""".formatted(ProcessesForApi.VISIBLE_PROCESS, ProcessesForApi.VISIBLE_PHASE);

    /** A meeting as the caller sees it; the open data publishes part of it ({@link MeetingsOpenData}). */
    public record ApiMeeting(
            long id,
            long processId,
            Long phaseId,
            String title,
            MeetingFormat format,
            MeetingStatus status,
            Instant startsAt,
            Instant endsAt,
            String address,
            String room,
            boolean online,
            String audience,
            Long themeId,
            Long scopeId,
            boolean reserved) {}

    private final JdbcClient jdbc;

    MeetingsForApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ApiMeeting> pageOfProcess(Set<Long> area, long processId, long after, int limit) {
        return jdbc.sql("select " + MeetingRows.COLUMNS + " from meeting m where m.process_id = :process and " + VISIBLE
                        + " and m.id > :after order by m.id limit :limit")
                .param("area", area.toArray(Long[]::new))
                .param("process", processId)
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> MeetingRows.meeting(rs))
                .list();
    }

    public Optional<ApiMeeting> one(Set<Long> area, long id) {
        return jdbc.sql("select " + MeetingRows.COLUMNS + " from meeting m where m.id = :id and " + VISIBLE)
                .param("area", area.toArray(Long[]::new))
                .param("id", id)
                .query((rs, n) -> MeetingRows.meeting(rs))
                .optional();
    }
}
