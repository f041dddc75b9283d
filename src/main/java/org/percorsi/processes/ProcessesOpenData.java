package org.percorsi.processes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.percorsi.shared.database.StreamedRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public record of processes for the open data, as a visitor who is not signed in sees it whoever asks:
 * published or later and public; phases reserved are left out. Streamed from a cursor, row by row.
 */
@Service
public class ProcessesOpenData {

    /** What a visitor may see of a process: the rule of the open data, whoever downloads it. */
    public static final String PUBLIC_PROCESS = "p.status <> 'DRAFT' and p.visibility = 'PUBLIC'";

    /** A public process with one of its public phases (phase fields null for a process without one). */
    public record ProcessPhase(
            long processId,
            String slug,
            String title,
            String shortDescription,
            ProcessStatus status,
            String responsibleOffice,
            Instant publishedAt,
            Instant concludedAt,
            Long phaseId,
            Integer phasePosition,
            PhaseType phaseType,
            String phaseTitle,
            LocalDate phaseStart,
            LocalDate phaseEnd) {}

    private final JdbcTemplate jdbc;

    ProcessesOpenData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public void eachProcessPhase(Consumer<ProcessPhase> rows) {
        StreamedRows.each(
                jdbc,
                """
                            select p.id, p.slug, p.title, p.short_description, p.status, p.responsible_office,
                                   p.published_at, p.concluded_at,
                                   ph.id as phase_id, ph.position, ph.type, ph.title as phase_title,
                                   ph.start_date, ph.end_date
                            from process p left join phase ph on ph.process_id = p.id and not ph.reserved
                            where %s order by p.id, ph.position""".formatted(PUBLIC_PROCESS),
                rs -> {
                    String type = rs.getString("type");
                    var published = rs.getTimestamp("published_at");
                    var concluded = rs.getTimestamp("concluded_at");
                    return new ProcessPhase(
                            rs.getLong("id"),
                            rs.getString("slug"),
                            rs.getString("title"),
                            rs.getString("short_description"),
                            ProcessStatus.valueOf(rs.getString("status")),
                            rs.getString("responsible_office"),
                            published == null ? null : published.toInstant(),
                            concluded == null ? null : concluded.toInstant(),
                            (Long) rs.getObject("phase_id"),
                            (Integer) rs.getObject("position"),
                            type == null ? null : PhaseType.valueOf(type),
                            rs.getString("phase_title"),
                            rs.getObject("start_date", LocalDate.class),
                            rs.getObject("end_date", LocalDate.class));
                },
                rows);
    }
}
