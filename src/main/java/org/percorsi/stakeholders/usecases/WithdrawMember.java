package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.NegotiationTableChanged;
import org.percorsi.stakeholders.domain.ReferentStore;
import org.percorsi.stakeholders.domain.TableMemberStore;
import org.percorsi.stakeholders.domain.TableMemberStore.State;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager records that a member left the table, from a day (not before it joined, not in the future): its
 * referents end that day and its representatives' reserved area closes.
 */
@Service
public class WithdrawMember {

    private final StakeholderRules rules;
    private final TableMemberStore members;
    private final ReferentStore referents;
    private final TableAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WithdrawMember(
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
    public void handle(long processId, WithdrawForm form) {
        rules.tableManagedByViewer(processId);
        var member = members.lock(processId, TableInput.present("memberId", form.memberId()))
                .orElseThrow(() -> new NotFoundException("member"));
        if (member.state() != State.ACCEPTED) {
            throw RuleViolation.global("stakeholders.table.notAccepted");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = TableInput.dayUpToToday("withdrawnOn", form.withdrawnOn(), today);
        if (on.isBefore(member.joinedOn())) {
            throw new RuleViolation("withdrawnOn", "stakeholders.table.withdrawnBeforeJoining", member.joinedOn());
        }
        members.withdraw(member.id(), on);
        referents.endForOrganisation(processId, member.organisationId(), on);
        access.close(processId, member.organisationId(), today);
        events.publishEvent(new NegotiationTableChanged(processId));
    }
}
