package org.percorsi.processes.usecases;

import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.Phase;
import org.percorsi.processes.domain.PhaseRepository;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager adds a phase at the end of a process's timeline. */
@Service
public class AddPhase {

    private final ProcessRepository processes;
    private final PhaseRepository phases;
    private final PhaseRules rules;
    private final ProcessPermissions permissions;

    AddPhase(ProcessRepository processes, PhaseRepository phases, PhaseRules rules, ProcessPermissions permissions) {
        this.processes = processes;
        this.phases = phases;
        this.rules = rules;
        this.permissions = permissions;
    }

    @Transactional
    public long handle(long processId, PhaseForm form) {
        permissions.requireCanManage(processId);
        if (!processes.existsById(processId)) {
            throw new NotFoundException("process " + processId);
        }
        rules.check(processId, null, form);
        Phase phase = new Phase(
                processId,
                phases.nextPosition(processId),
                form.type(),
                form.title().strip(),
                RichText.sanitize(form.description()),
                form.startDate(),
                form.endDate(),
                lines(form.expectedOutputs()),
                lines(form.tools()));
        phase.reserve(form.isReserved());
        return rules.saveChecked(() -> phases.save(phase)).getId();
    }

    /** Lists typed one item a line: trimmed, without blank lines. */
    static String lines(String text) {
        if (text == null) {
            return "";
        }
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }
}
