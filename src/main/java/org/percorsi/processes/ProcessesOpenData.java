package org.percorsi.processes;

import java.util.function.Consumer;
import org.percorsi.processes.ProcessesForApi.ApiPhase;
import org.percorsi.processes.ProcessesForApi.ApiProcess;
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

    /**
     * A public process with one of its public phases ({@code phase} null for a process without one), read as the
     * REST API reads them ({@link ProcessRows}).
     */
    public record ProcessPhase(ApiProcess process, ApiPhase phase) {}

    private final JdbcTemplate jdbc;

    ProcessesOpenData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public void eachProcessPhase(Consumer<ProcessPhase> rows) {
        StreamedRows.each(
                jdbc,
                """
                            select %s, %s
                            from process p left join phase ph on ph.process_id = p.id and not ph.reserved
                            where %s order by p.id, ph.position""".formatted(ProcessRows.PROCESS_COLUMNS, ProcessRows.PHASE_COLUMNS, PUBLIC_PROCESS),
                rs -> new ProcessPhase(ProcessRows.process(rs), ProcessRows.phase(rs)),
                rows);
    }
}
