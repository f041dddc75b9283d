package org.percorsi.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.percorsi.processes.ProcessesForApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents' versions for the read-only REST API, as the caller may see them: out of draft, of a visible
 * process and phase, and public — or reserved to the area of a process in the caller's area
 * ({@link ProcessesForApi}). One version comes with its paragraphs, each with the key it keeps across versions.
 */
@Service
@Transactional(readOnly = true)
public class DocumentsForApi {

    private static final String VISIBLE = """
            v.state <> 'DRAFT' and (v.visibility = 'PUBLIC' or d.process_id = any(:area))
            and exists (select 1 from process_summary p where p.id = d.process_id and %s)
            and (d.phase_id is null or exists (select 1 from phase_summary ph where ph.id = d.phase_id and %s))""".formatted(ProcessesForApi.VISIBLE_PROCESS, ProcessesForApi.VISIBLE_PHASE);

    private static final String SELECT = """
            select v.id as version_id, d.id, d.process_id, d.phase_id, d.theme_id, d.kind, d.title, v.number, v.state,
                   v.visibility = 'RESERVED' as reserved, v.consultation_from, v.consultation_to, v.approved_by,
                   v.approved_on, v.approval_act, v.created_at
            from document d join document_version v on v.document_id = d.id""";

    public record ApiVersion(
            long versionId,
            long documentId,
            long processId,
            Long phaseId,
            Long themeId,
            DocumentKind kind,
            String title,
            int number,
            String state,
            boolean reserved,
            LocalDate consultationFrom,
            LocalDate consultationTo,
            String approvedBy,
            LocalDate approvedOn,
            String approvalAct,
            Instant createdAt) {}

    /** A paragraph or heading of a version; {@code html} is the sanitized rendering of its Markdown. */
    public record ApiBlock(int position, UUID key, String kind, Integer level, String html, String text) {}

    private final JdbcClient jdbc;

    DocumentsForApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The process's versions the caller sees, by the version's id. */
    public List<ApiVersion> pageOfProcess(Set<Long> area, long processId, long afterVersionId, int limit) {
        return jdbc.sql(SELECT + " where d.process_id = :process and " + VISIBLE
                        + " and v.id > :after order by v.id limit :limit")
                .param("area", area.toArray(Long[]::new))
                .param("process", processId)
                .param("after", afterVersionId)
                .param("limit", limit)
                .query((rs, n) -> version(rs))
                .list();
    }

    public Optional<ApiVersion> version(Set<Long> area, long documentId, int number) {
        return jdbc.sql(SELECT + " where d.id = :document and v.number = :number and " + VISIBLE)
                .param("area", area.toArray(Long[]::new))
                .param("document", documentId)
                .param("number", number)
                .query((rs, n) -> version(rs))
                .optional();
    }

    /** The blocks of a version the caller was shown by {@link #version}, in their order. */
    public List<ApiBlock> blocks(long versionId) {
        return jdbc.sql("select position, block_key, kind, level, html, plain from document_block "
                        + "where version_id = :v order by position")
                .param("v", versionId)
                .query((rs, n) -> new ApiBlock(
                        rs.getInt("position"),
                        rs.getObject("block_key", UUID.class),
                        rs.getString("kind"),
                        (Integer) rs.getObject("level"),
                        rs.getString("html"),
                        rs.getString("plain")))
                .list();
    }

    private static ApiVersion version(ResultSet rs) throws SQLException {
        return new ApiVersion(
                rs.getLong("version_id"),
                rs.getLong("id"),
                rs.getLong("process_id"),
                (Long) rs.getObject("phase_id"),
                (Long) rs.getObject("theme_id"),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getInt("number"),
                rs.getString("state"),
                rs.getBoolean("reserved"),
                rs.getObject("consultation_from", LocalDate.class),
                rs.getObject("consultation_to", LocalDate.class),
                rs.getString("approved_by"),
                rs.getObject("approved_on", LocalDate.class),
                rs.getString("approval_act"),
                rs.getTimestamp("created_at").toInstant());
    }
}
