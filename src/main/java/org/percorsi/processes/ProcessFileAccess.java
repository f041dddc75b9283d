package org.percorsi.processes;

import java.util.Optional;
import java.util.UUID;
import org.percorsi.files.FileAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A process's cover image is seen by whoever may see the process, and by its managers. */
@Component
class ProcessFileAccess implements FileAccess {

    private final JdbcClient jdbc;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;

    ProcessFileAccess(JdbcClient jdbc, ProcessesApi processes, ProcessPermissions permissions) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.permissions = permissions;
    }

    @Override
    public Optional<Boolean> mayView(UUID fileId) {
        return jdbc.sql("select id from process where cover_image_id = :f limit 1")
                .param("f", fileId)
                .query(Long.class)
                .optional()
                .map(id -> processes.visibleProcessIds().contains(id) || permissions.canManage(id));
    }
}
