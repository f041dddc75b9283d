package org.percorsi.outreach;

import java.util.Optional;
import java.util.UUID;
import org.percorsi.files.FileAccess;
import org.percorsi.outreach.queries.CommunicationQueries;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.springframework.stereotype.Component;

/**
 * A material is served to whoever sees its process when its action is public; the materials of internal actions
 * (a draft leaflet, the briefing for the offices) only to the process's managers.
 */
@Component
class OutreachFileAccess implements FileAccess {

    private final CommunicationQueries queries;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;

    OutreachFileAccess(CommunicationQueries queries, ProcessesApi processes, ProcessPermissions permissions) {
        this.queries = queries;
        this.processes = processes;
        this.permissions = permissions;
    }

    @Override
    public Optional<Boolean> mayView(UUID fileId) {
        return queries.materialOwner(fileId)
                .map(owner -> permissions.canManage(owner.processId())
                        || (owner.visibleToPublic()
                                && processes.visibleById(owner.processId()).isPresent()));
    }
}
