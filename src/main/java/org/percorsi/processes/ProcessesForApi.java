package org.percorsi.processes;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static final String COLUMNS = """
            p.id, p.slug, p.title, p.short_description, p.status, p.visibility = 'RESERVED' as reserved,
            p.responsible_office, p.published_at, p.concluded_at""";

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
        return jdbc.sql("select " + COLUMNS + " from process p where " + VISIBLE_PROCESS
                        + " and p.id > :after order by p.id limit :limit")
                .param("area", area.toArray(Long[]::new))
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> process(rs))
                .list();
    }

    public Optional<ApiProcess> one(Set<Long> area, long id) {
        return jdbc.sql("select " + COLUMNS + " from process p where " + VISIBLE_PROCESS + " and p.id = :id")
                .param("area", area.toArray(Long[]::new))
                .param("id", id)
                .query((rs, n) -> process(rs))
                .optional();
    }

    /** The phases of a process the caller sees (the caller checked the process first), in their order. */
    public List<ApiPhase> phases(Set<Long> area, long processId) {
        return jdbc.sql("select ph.id, ph.position, ph.type, ph.title, ph.start_date, ph.end_date, ph.reserved "
                        + "from phase ph where ph.process_id = :p and " + VISIBLE_PHASE + " order by ph.position")
                .param("area", area.toArray(Long[]::new))
                .param("p", processId)
                .query((rs, n) -> new ApiPhase(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        PhaseType.valueOf(rs.getString("type")),
                        rs.getString("title"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getBoolean("reserved")))
                .list();
    }

    private static ApiProcess process(ResultSet rs) throws SQLException {
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
}
