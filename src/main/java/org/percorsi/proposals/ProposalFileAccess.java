package org.percorsi.proposals;

import java.util.Optional;
import java.util.UUID;
import org.percorsi.files.FileAccess;
import org.percorsi.processes.ProcessesApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A proposal's attachment is seen by whoever may see the proposal (its process and its phase). */
@Component
class ProposalFileAccess implements FileAccess {

    private final JdbcClient jdbc;
    private final ProcessesApi processes;

    ProposalFileAccess(JdbcClient jdbc, ProcessesApi processes) {
        this.jdbc = jdbc;
        this.processes = processes;
    }

    @Override
    public Optional<Boolean> mayView(UUID fileId) {
        return jdbc.sql(
                        "select p.process_id, p.phase_id from proposal_attachment a join proposal p on p.id = a.proposal_id "
                                + "where a.file_id = :f limit 1")
                .param("f", fileId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional()
                .map(owner -> processes.visibleProcessIds().contains(owner[0])
                        && !processes.hiddenPhaseIds().contains(owner[1]));
    }
}
