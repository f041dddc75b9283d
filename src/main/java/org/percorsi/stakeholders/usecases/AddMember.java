package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.NegotiationTableChanged;
import org.percorsi.stakeholders.TableChannel;
import org.percorsi.stakeholders.domain.OrganisationStore;
import org.percorsi.stakeholders.domain.TableMemberStore;
import org.percorsi.stakeholders.domain.TableMemberStore.State;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager adds an organisation of the registry to the table as a member, as it joined at a meeting, by
 * certified mail or on invitation, from a day: its representatives open the reserved area. A merged organisation
 * stands for the one it was merged into.
 */
@Service
public class AddMember {

    private final StakeholderRules rules;
    private final ProcessesApi processes;
    private final OrganisationStore organisations;
    private final TableMemberStore members;
    private final TableAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AddMember(
            StakeholderRules rules,
            ProcessesApi processes,
            OrganisationStore organisations,
            TableMemberStore members,
            TableAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rules = rules;
        this.processes = processes;
        this.organisations = organisations;
        this.members = members;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handle(long processId, AddMemberForm form) {
        rules.tableManagedByViewer(processId);
        if (processes.titleForTeam(processId).isEmpty()) {
            throw new NotFoundException("no process " + processId);
        }
        long organisationId = organisations
                .live(TableInput.present("organisationId", form.organisationId()))
                .orElseThrow(() -> new RuleViolation("organisationId", "stakeholders.table.unknownOrganisation"));
        if (form.channel() == null || form.channel() == TableChannel.SITE) {
            throw new RuleViolation("channel", "stakeholders.table.channelRequired");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate joinedOn = TableInput.dayUpToToday("joinedOn", form.joinedOn(), today);
        members.lockOf(processId, organisationId).ifPresent(member -> {
            if (member.state() == State.ACCEPTED) {
                throw new RuleViolation("organisationId", "stakeholders.table.alreadyMember");
            }
            if (member.state() == State.REQUESTED) {
                throw new RuleViolation("organisationId", "stakeholders.table.alreadyRequested");
            }
        });
        members.addAccepted(processId, organisationId, form.channel(), joinedOn, rules.viewer());
        access.open(processId, organisationId, today);
        events.publishEvent(new NegotiationTableChanged(processId));
    }
}
