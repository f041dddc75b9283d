package org.percorsi.programming.usecases;

import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.programming.domain.ObjectiveStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator links an intervention to the DUP objective or action it carries out (again: no change). */
@Service
public class LinkObjectiveToIntervention {

    private final InterventionStore interventions;
    private final ObjectiveStore objectives;
    private final ProgrammingPermissions permissions;

    LinkObjectiveToIntervention(
            InterventionStore interventions, ObjectiveStore objectives, ProgrammingPermissions permissions) {
        this.interventions = interventions;
        this.objectives = objectives;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long intervention, InterventionObjectiveForm form) {
        permissions.requireAdministrator();
        InterventionRules.requireExisting(interventions, intervention);
        Long nodeId = form.nodeId();
        if (nodeId == null || !objectives.nodeExists(nodeId)) {
            throw new RuleViolation("nodeId", "programming.link.chooseObjective");
        }
        interventions.linkNode(intervention, nodeId);
    }
}
