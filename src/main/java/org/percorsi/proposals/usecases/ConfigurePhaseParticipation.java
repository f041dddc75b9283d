package org.percorsi.proposals.usecases;

import java.util.Set;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.domain.PhaseParticipation;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager decides what a phase collects, whether supports and comments are on, and who may take part. */
@Service
public class ConfigurePhaseParticipation {

    private final ProcessesApi processes;
    private final ProposalStore store;
    private final ProposalPermissions permissions;

    ConfigurePhaseParticipation(ProcessesApi processes, ProposalStore store, ProposalPermissions permissions) {
        this.processes = processes;
        this.store = store;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long processId, long phaseId, ParticipationForm form) {
        permissions.requireManager(processId);
        if (processes.phases(processId).stream().noneMatch(p -> p.id() == phaseId)) {
            throw new NotFoundException("phase " + phaseId);
        }
        if (form.kinds() == null || form.kinds().isEmpty()) {
            throw new RuleViolation("kinds", "phaseParticipation.kindsRequired");
        }
        store.saveParticipation(new PhaseParticipation(
                phaseId,
                Set.copyOf(form.kinds()),
                Boolean.TRUE.equals(form.supportsEnabled()),
                form.maxSupports(),
                Boolean.TRUE.equals(form.commentsEnabled()),
                form.levelToCreate(),
                form.levelToSupport(),
                form.levelToComment()));
    }

    @Transactional(readOnly = true)
    public ParticipationForm current(long processId, long phaseId) {
        permissions.requireManager(processId);
        var p = store.participation(phaseId);
        return new ParticipationForm(
                p.kinds().stream().sorted().toList(),
                p.supportsEnabled(),
                p.maxSupports(),
                p.commentsEnabled(),
                p.levelToCreate(),
                p.levelToSupport(),
                p.levelToComment());
    }
}
