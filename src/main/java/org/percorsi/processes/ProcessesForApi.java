package org.percorsi.processes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processes and phases for the read-only REST API. Every read takes the caller's <em>area</em>: the processes
 * whose reserved content the caller may see (none for a visitor). Drafts are never shown; a reserved process or
 * phase only inside the area. Lists are pages of a keyset ({@code id > after}), never the whole table.
 */
@Service
@Transactional(readOnly = true)
public class ProcessesForApi {

    /** A process the caller sees, on {@code process_summary p}; {@code :area} is a {@code Long[]}. */
    public static final String VISIBLE_PROCESS =
            "p.status <> 'DRAFT' and (p.visibility = 'PUBLIC' or p.id = any(:area))";

    /** A phase the caller sees, on {@code phase_summary ph}. */
    public static final String VISIBLE_PHASE = "(not ph.reserved or ph.process_id = any(:area))";

    /** A process as the caller sees it; the open data publishes the public ones ({@link ProcessesOpenData}). */
    public record ApiProcess(
            long id,
            String slug,
            String title,
            String shortDescription,
            ProcessStatus status,
            boolean reserved,
            String responsibleOffice,
            Instant publishedAt,
            Instant concludedAt) {}

    public record ApiPhase(
            long id, int position, PhaseType type, String title, LocalDate start, LocalDate end, boolean reserved) {}

    private final JdbcClient jdbc;

    ProcessesForApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The processes in which the account is a manager: the area of its API tokens. */
    public Set<Long> managedBy(long accountId) {
        return new TreeSet<>(jdbc.sql("select process_id from process_role where account_id = :a and role = 'MANAGER'")
                .param("a", accountId)
                .query(Long.class)
                .list());
    }

    public List<ApiProcess> page(Set<Long> area, long after, int limit) {
        return jdbc.sql("select " + ProcessRows.PROCESS_COLUMNS + " from process p where " + VISIBLE_PROCESS
                        + " and p.id > :after order by p.id limit :limit")
                .param("area", area.toArray(Long[]::new))
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> ProcessRows.process(rs))
                .list();
    }

    public Optional<ApiProcess> one(Set<Long> area, long id) {
        return jdbc.sql("select " + ProcessRows.PROCESS_COLUMNS + " from process p where " + VISIBLE_PROCESS
                        + " and p.id = :id")
                .param("area", area.toArray(Long[]::new))
                .param("id", id)
                .query((rs, n) -> ProcessRows.process(rs))
                .optional();
    }

    /** The phases of a process the caller sees (the caller checked the process first), in their order. */
    public List<ApiPhase> phases(Set<Long> area, long processId) {
        return jdbc.sql("select " + ProcessRows.PHASE_COLUMNS + " from phase ph where ph.process_id = :p and "
                        + VISIBLE_PHASE + " order by ph.position")
                .param("area", area.toArray(Long[]::new))
                .param("p", processId)
                .query((rs, n) -> ProcessRows.phase(rs))
                .list();
    }
}
