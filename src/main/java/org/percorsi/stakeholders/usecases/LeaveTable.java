package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.NegotiationTableChanged;
import org.percorsi.stakeholders.domain.ReferentStore;
import org.percorsi.stakeholders.domain.TableMemberStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation itself leaves the table from its public page, today: its representative (one who already
 * represented it when it was accepted) withdraws the membership, or the person who asked withdraws the request.
 * Its referents end today, and the person who withdrew leaves the reserved area at once. Only the managers may
 * take back the role of its other representatives: the back office marks the withdrawn members whose
 * representatives still hold it.
 */
@Service
public class LeaveTable {

    private final StakeholderRules rules;
    private final TableMemberStore members;
    private final ReferentStore referents;
    private final TableAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeaveTable(
            StakeholderRules rules,
            TableMemberStore members,
            ReferentStore referents,
            TableAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rules = rules;
        this.members = members;
        this.referents = referents;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handle(long processId, LeaveForm form) {
        long viewer = rules.viewer();
        LocalDate today = LocalDate.now(clock);
        // someone else's membership is not found, as if it did not exist
        if (form.memberId() == null) {
            throw new NotFoundException("member");
        }
        var member = members.representedBy(processId, form.memberId(), viewer, today)
                .orElseThrow(() -> new NotFoundException("member"));
        members.withdraw(member.id(), today);
        referents.endForOrganisation(processId, member.organisationId(), today);
        access.leave(processId, member.organisationId(), viewer, today);
        events.publishEvent(new NegotiationTableChanged(processId));
    }
}
