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
 * Its referents end today. The reserved area is the processes module's to close: only the managers may take a
 * role back, so the back office marks the withdrawn members whose representatives still hold it.
 */
@Service
public class LeaveTable {

    private final StakeholderRules rules;
    private final TableMemberStore members;
    private final ReferentStore referents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeaveTable(
            StakeholderRules rules,
            TableMemberStore members,
            ReferentStore referents,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rules = rules;
        this.members = members;
        this.referents = referents;
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
        events.publishEvent(new NegotiationTableChanged(processId));
    }
}
