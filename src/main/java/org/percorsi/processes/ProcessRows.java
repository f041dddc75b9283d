package org.percorsi.processes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.percorsi.processes.ProcessesForApi.ApiPhase;
import org.percorsi.processes.ProcessesForApi.ApiProcess;

/**
 * Processes and phases as they are shown outside the platform, read once for both the REST API and the open
 * data: one select list and one mapping each, so that the two cannot drift apart. Each caller adds its filters.
 */
final class ProcessRows {

    /** The select list of a process, on {@code process p}. */
    static final String PROCESS_COLUMNS = """
            p.id, p.slug, p.title, p.short_description, p.status, p.visibility = 'RESERVED' as reserved,
            p.responsible_office, p.published_at, p.concluded_at""";

    /** The select list of a phase, on {@code phase ph}; its names do not clash with a process's. */
    static final String PHASE_COLUMNS = """
            ph.id as phase_id, ph.position as phase_position, ph.type as phase_type, ph.title as phase_title,
            ph.start_date as phase_start, ph.end_date as phase_end, ph.reserved as phase_reserved""";

    private ProcessRows() {}

    static ApiProcess process(ResultSet rs) throws SQLException {
        var published = rs.getTimestamp("published_at");
        var concluded = rs.getTimestamp("concluded_at");
        return new ApiProcess(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("short_description"),
                ProcessStatus.valueOf(rs.getString("status")),
                rs.getBoolean("reserved"),
                rs.getString("responsible_office"),
                published == null ? null : published.toInstant(),
                concluded == null ? null : concluded.toInstant());
    }

    /** The phase of the row, or null where an outer join found none. */
    static ApiPhase phase(ResultSet rs) throws SQLException {
        if (rs.getObject("phase_id") == null) {
            return null;
        }
        return new ApiPhase(
                rs.getLong("phase_id"),
                rs.getInt("phase_position"),
                PhaseType.valueOf(rs.getString("phase_type")),
                rs.getString("phase_title"),
                rs.getObject("phase_start", LocalDate.class),
                rs.getObject("phase_end", LocalDate.class),
                rs.getBoolean("phase_reserved"));
    }
}
