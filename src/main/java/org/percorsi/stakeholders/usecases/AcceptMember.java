package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.NegotiationTableChanged;
import org.percorsi.stakeholders.domain.TableMemberStore;
import org.percorsi.stakeholders.domain.TableMemberStore.State;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager accepts a request to join the table, from the day chosen (not before it was asked, not in the
 * future): the organisation's representatives open the process's reserved area.
 */
@Service
public class AcceptMember {

    private final StakeholderRules rules;
    private final TableMemberStore members;
    private final TableAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AcceptMember(
            StakeholderRules rules,
            TableMemberStore members,
            TableAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rules = rules;
        this.members = members;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handle(long processId, AcceptForm form) {
        rules.tableManagedByViewer(processId);
        var member = members.lock(processId, TableInput.present("memberId", form.memberId()))
                .orElseThrow(() -> new NotFoundException("member"));
        if (member.state() != State.REQUESTED) {
            throw RuleViolation.global("stakeholders.table.notRequested");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate joinedOn = TableInput.dayUpToToday("joinedOn", form.joinedOn(), today);
        if (joinedOn.isBefore(member.requestedOn())) {
            throw new RuleViolation("joinedOn", "stakeholders.table.joinedBeforeRequest", member.requestedOn());
        }
        members.accept(member.id(), joinedOn, rules.viewer());
        access.open(processId, member.organisationId(), today);
        events.publishEvent(new NegotiationTableChanged(processId));
    }
}
