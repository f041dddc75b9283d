package org.percorsi.processes.usecases;

import java.util.ArrayList;
import java.util.List;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.Phase;
import org.percorsi.processes.domain.PhaseRepository;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager moves a phase one place up or down the timeline. Positions are
 * unique per process; the constraint is deferred so the swap can happen in one transaction.
 */
@Service
public class MovePhase {

    public enum Direction {
        UP,
        DOWN
    }

    private final PhaseRepository phases;
    private final ProcessPermissions permissions;

    MovePhase(PhaseRepository phases, ProcessPermissions permissions) {
        this.phases = phases;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long processId, long phaseId, Direction direction) {
        permissions.requireCanManage(processId);
        List<Phase> ordered = new ArrayList<>(phases.findByProcessIdOrdered(processId));
        int from = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == phaseId) {
                from = i;
            }
        }
        if (from < 0) {
            throw new NotFoundException("phase " + phaseId);
        }
        int to = direction == Direction.UP ? from - 1 : from + 1;
        if (to < 0 || to >= ordered.size()) {
            return; // already first or last: nothing to move
        }
        ordered.add(to, ordered.remove(from));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i);
        }
        phases.saveAll(ordered);
    }
}
