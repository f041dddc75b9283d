package org.percorsi.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.percorsi.documents.DocumentsForApi.ApiVersion;

/**
 * A document's version as it is shown outside the platform, read once for both the REST API and the open data:
 * one select and one mapping, so that the two cannot drift apart. Each caller adds its own filters.
 */
final class DocumentVersionRows {

    /** The select and its tables, {@code document d} and {@code document_version v}: add a {@code where}. */
    static final String SELECT = """
            select v.id as version_id, d.id, d.process_id, d.phase_id, d.theme_id, d.kind, d.title, v.number, v.state,
                   v.visibility = 'RESERVED' as reserved, v.consultation_from, v.consultation_to, v.approved_by,
                   v.approved_on, v.approval_act, v.created_at
            from document d join document_version v on v.document_id = d.id""";

    private DocumentVersionRows() {}

    static ApiVersion version(ResultSet rs) throws SQLException {
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
