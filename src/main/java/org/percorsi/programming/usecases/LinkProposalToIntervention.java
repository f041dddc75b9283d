package org.percorsi.programming.usecases;

import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator records that an intervention carries out a proposal (linking it again changes nothing). */
@Service
public class LinkProposalToIntervention {

    private final InterventionStore interventions;
    private final ProgrammingPermissions permissions;

    LinkProposalToIntervention(InterventionStore interventions, ProgrammingPermissions permissions) {
        this.interventions = interventions;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long intervention, InterventionProposalForm form) {
        permissions.requireAdministrator();
        InterventionRules.requireExisting(interventions, intervention);
        Long proposalId = form.proposalId();
        if (proposalId == null || !interventions.proposalExists(proposalId)) {
            throw new RuleViolation("proposalId", "programming.intervention.proposalUnknown");
        }
        interventions.linkProposal(intervention, proposalId);
    }
}
