package org.percorsi.programming.usecases;

import java.time.LocalDate;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.InterventionStore;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator marks a milestone of an intervention reached: today, or on the day given. */
@Service
public class MarkMilestoneReached {

    private final InterventionStore interventions;
    private final ProgrammingPermissions permissions;

    MarkMilestoneReached(InterventionStore interventions, ProgrammingPermissions permissions) {
        this.interventions = interventions;
        this.permissions = permissions;
    }

    /** {@code reachedOn} null means today (the page's button); the demo and imports of past work give the day. */
    @Transactional
    public void handle(long intervention, long milestone, LocalDate reachedOn) {
        permissions.requireAdministrator();
        InterventionRules.requireExisting(interventions, intervention);
        LocalDate day = reachedOn == null ? LocalDate.now(TimeConfiguration.ROME) : reachedOn;
        if (!interventions.reachMilestone(intervention, milestone, day)) {
            throw new NotFoundException("milestone " + milestone);
        }
    }
}
