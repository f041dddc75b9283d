package org.percorsi.processes.usecases;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.percorsi.processes.domain.Phase;
import org.percorsi.processes.domain.PhaseRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The date rules of phases, checked before saving so the form can say what is
 * wrong on the right field. The database enforces the same rules (a check and
 * an exclusion constraint), so no concurrent save can break them.
 */
@Component
class PhaseRules {

    private final PhaseRepository phases;

    PhaseRules(PhaseRepository phases) {
        this.phases = phases;
    }

    /**
     * Saves a phase whose dates were checked; if a concurrent save slipped in an
     * overlapping phase meanwhile, the database's exclusion constraint refuses
     * this one and the person gets the same message as for any overlap.
     */
    <T> T saveChecked(Supplier<T> save) {
        try {
            return save.get();
        } catch (DataIntegrityViolationException overlap) {
            throw new RuleViolation("startDate", "phase.dates.overlapConcurrent");
        }
    }

    void check(long processId, Long phaseId, PhaseForm form) {
        LocalDate start = form.startDate();
        LocalDate end = form.endDate();
        if (start == null && end != null) {
            throw new RuleViolation("startDate", "phase.dates.startMissing");
        }
        if (start != null && end == null) {
            throw new RuleViolation("endDate", "phase.dates.endMissing");
        }
        if (start == null) {
            return;
        }
        if (end.isBefore(start)) {
            throw new RuleViolation("endDate", "phase.dates.endBeforeStart");
        }
        for (Phase other : phases.findByProcessIdOrdered(processId)) {
            if (other.getId().equals(phaseId) || !other.isDated()) {
                continue;
            }
            if (!start.isAfter(other.getEndDate()) && !end.isBefore(other.getStartDate())) {
                throw new RuleViolation(
                        "startDate", "phase.dates.overlap", other.getTitle(), other.getStartDate(), other.getEndDate());
            }
        }
    }
}
