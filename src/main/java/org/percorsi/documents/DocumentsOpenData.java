package org.percorsi.documents;

import java.util.function.Consumer;
import org.percorsi.documents.DocumentsForApi.ApiVersion;
import org.percorsi.processes.ProcessesOpenData;
import org.percorsi.shared.database.StreamedRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public record of documents for the open data, as a visitor who is not signed in sees it whoever asks:
 * final versions that are public, of documents of public processes outside reserved phases, and the items of
 * those versions (a final document's items, each answering a proposal). Streamed from a cursor.
 */
@Service
public class DocumentsOpenData {

    private static final String PUBLIC_FINAL_VERSION = """
            v.state = 'FINAL' and v.visibility = 'PUBLIC'
            and exists (select 1 from process_summary p where p.id = d.process_id and %s)
            and (d.phase_id is null or exists (select 1 from phase_summary ph where ph.id = d.phase_id and not ph.reserved))""".formatted(ProcessesOpenData.PUBLIC_PROCESS);

    public record FinalItem(
            long documentId,
            long processId,
            int versionNumber,
            int position,
            String title,
            String body,
            long proposalId) {}

    private final JdbcTemplate jdbc;

    DocumentsOpenData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The final versions a visitor may read, read as the REST API reads them ({@link DocumentVersionRows}). */
    @Transactional(readOnly = true)
    public void eachFinalVersion(Consumer<ApiVersion> rows) {
        StreamedRows.each(
                jdbc,
                DocumentVersionRows.SELECT + " where " + PUBLIC_FINAL_VERSION + " order by d.id, v.number",
                DocumentVersionRows::version,
                rows);
    }

    @Transactional(readOnly = true)
    public void eachFinalItem(Consumer<FinalItem> rows) {
        StreamedRows.each(
                jdbc,
                """
                            select d.id, d.process_id, v.number, i.position, i.title, i.body, i.proposal_id
                            from document d join document_version v on v.document_id = d.id
                                 join document_item i on i.version_id = v.id
                            where %s order by d.id, v.number, i.position""".formatted(PUBLIC_FINAL_VERSION),
                rs -> new FinalItem(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        rs.getInt("number"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getLong("proposal_id")),
                rows);
    }
}
