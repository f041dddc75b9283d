package org.percorsi.documents;

import java.util.Optional;
import java.util.UUID;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.files.FileAccess;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The PDF of the ente's act: seen by the process's managers while the act is prepared, and once it is published by
 * whoever may see the version it answers.
 */
@Component
class EnteActFileAccess implements FileAccess {

    private final JdbcClient jdbc;
    private final ProcessPermissions permissions;
    private final DocumentQueries documents;

    EnteActFileAccess(JdbcClient jdbc, ProcessPermissions permissions, DocumentQueries documents) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.documents = documents;
    }

    private record Owner(long processId, long documentId, int version, boolean published) {}

    @Override
    public Optional<Boolean> mayView(UUID fileId) {
        return jdbc.sql("""
                        select d.process_id, d.id, v.number, a.published_at is not null as published
                        from document_act a join document_version v on v.id = a.version_id
                        join document d on d.id = v.document_id where a.file_id = :f""")
                .param("f", fileId)
                .query((rs, n) -> new Owner(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getBoolean(4)))
                .optional()
                .map(owner -> permissions.canManage(owner.processId()) || (owner.published() && visible(owner)));
    }

    private boolean visible(Owner owner) {
        try {
            return documents
                    .visible(owner.documentId())
                    .version(owner.version())
                    .isPresent();
        } catch (NotFoundException hidden) {
            return false;
        }
    }
}
