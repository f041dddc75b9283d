package org.percorsi.stakeholders;

import java.util.Optional;
import java.util.UUID;
import org.percorsi.files.FileAccess;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.stakeholders.queries.RegistryQueries;
import org.springframework.stereotype.Component;

/** A representative's delegation letter names a person: only the participation office (who keeps the registry) sees it. */
@Component
class RegistryFileAccess implements FileAccess {

    private final RegistryQueries queries;
    private final ProcessPermissions permissions;

    RegistryFileAccess(RegistryQueries queries, ProcessPermissions permissions) {
        this.queries = queries;
        this.permissions = permissions;
    }

    @Override
    public Optional<Boolean> mayView(UUID fileId) {
        return queries.isDelegationLetter(fileId) ? Optional.of(permissions.managesAny()) : Optional.empty();
    }
}
