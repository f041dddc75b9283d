package org.percorsi.processes.usecases;

import java.util.List;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.Phase;
import org.percorsi.processes.domain.PhaseRepository;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager removes a phase; the phases after it move up. */
@Service
public class DeletePhase {

    private final PhaseRepository phases;
    private final ProcessPermissions permissions;

    DeletePhase(PhaseRepository phases, ProcessPermissions permissions) {
        this.phases = phases;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long processId, long phaseId) {
        permissions.requireCanManage(processId);
        Phase phase = phases.findById(phaseId)
                .filter(p -> p.getProcessId() == processId)
                .orElseThrow(() -> new NotFoundException("phase " + phaseId));
        phases.delete(phase);
        List<Phase> rest = phases.findByProcessIdOrdered(processId);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).moveTo(i);
        }
        phases.saveAll(rest);
    }
}
