package org.percorsi.stakeholders.usecases;

import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.domain.ReferentStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager sets the process's rule: every neighbourhood needs a referent before this phase (of the process)
 * opens; no phase, no rule. The back office warns when the phase is near and referents are missing.
 */
@Service
public class RequireReferents {

    private final StakeholderRules rules;
    private final ReferentStore referents;
    private final ProcessesApi processes;

    RequireReferents(StakeholderRules rules, ReferentStore referents, ProcessesApi processes) {
        this.rules = rules;
        this.referents = referents;
        this.processes = processes;
    }

    @Transactional
    public void handle(long processId, ReferentRuleForm form) {
        rules.tableManagedByViewer(processId);
        if (processes.titleForTeam(processId).isEmpty()) {
            throw new NotFoundException("no process " + processId);
        }
        if (form.phaseId() != null && processes.phases(processId).stream().noneMatch(p -> p.id() == form.phaseId())) {
            throw new RuleViolation("phaseId", "stakeholders.table.unknownPhase");
        }
        referents.requireBeforePhase(processId, form.phaseId());
    }
}
