package org.percorsi.documents;

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

    /** A version as the caller sees it; the open data publishes the final ones ({@link DocumentsOpenData}). */
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
        return jdbc.sql(DocumentVersionRows.SELECT + " where d.process_id = :process and " + VISIBLE
                        + " and v.id > :after order by v.id limit :limit")
                .param("area", area.toArray(Long[]::new))
                .param("process", processId)
                .param("after", afterVersionId)
                .param("limit", limit)
                .query((rs, n) -> DocumentVersionRows.version(rs))
                .list();
    }

    public Optional<ApiVersion> version(Set<Long> area, long documentId, int number) {
        return jdbc.sql(DocumentVersionRows.SELECT + " where d.id = :document and v.number = :number and " + VISIBLE)
                .param("area", area.toArray(Long[]::new))
                .param("document", documentId)
                .param("number", number)
                .query((rs, n) -> DocumentVersionRows.version(rs))
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
}
