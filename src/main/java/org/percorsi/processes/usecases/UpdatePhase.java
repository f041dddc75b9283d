package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.Phase;
import org.percorsi.processes.domain.PhaseRepository;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager changes a phase: its type, title, dates, outputs and tools. */
@Service
public class UpdatePhase {

    private final PhaseRepository phases;
    private final PhaseRules rules;
    private final ProcessPermissions permissions;

    UpdatePhase(PhaseRepository phases, PhaseRules rules, ProcessPermissions permissions) {
        this.phases = phases;
        this.rules = rules;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long processId, long phaseId, PhaseForm form) {
        permissions.requireCanManage(processId);
        Phase phase = phases.findById(phaseId)
                .filter(p -> p.getProcessId() == processId)
                .orElseThrow(() -> new NotFoundException("phase " + phaseId));
        rules.check(processId, phaseId, form);
        phase.update(
                form.type(),
                form.title().strip(),
                RichText.sanitize(form.description()),
                form.startDate(),
                form.endDate(),
                AddPhase.lines(form.expectedOutputs()),
                AddPhase.lines(form.tools()));
        phase.reserve(form.isReserved());
        rules.saveChecked(() -> phases.save(phase));
    }
}
