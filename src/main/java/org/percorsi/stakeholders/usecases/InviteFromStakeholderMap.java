package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.usecases.InvitationForm;
import org.percorsi.processes.usecases.InviteToReservedArea;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.stakeholders.domain.StakeholderMapStore;
import org.percorsi.stakeholders.queries.StakeholderMapQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager invites the chosen places of the stakeholder map into the process's reserved area: each organisation's
 * representatives (valid today, with an email) and each expert with an email get the processes module's
 * invitation, as members. All or nothing: past the invitations' hourly limit, none is sent.
 */
@Service
public class InviteFromStakeholderMap {

    private final StakeholderRules rules;
    private final StakeholderMapQueries queries;
    private final StakeholderMapStore store;
    private final InviteToReservedArea invite;
    private final Clock clock;

    InviteFromStakeholderMap(
            StakeholderRules rules,
            StakeholderMapQueries queries,
            StakeholderMapStore store,
            InviteToReservedArea invite,
            Clock clock) {
        this.rules = rules;
        this.queries = queries;
        this.store = store;
        this.invite = invite;
        this.clock = clock;
    }

    /** How many invitations went out. */
    @Transactional
    public int handle(long processId, List<Long> entryIds) {
        rules.tableManagedByViewer(processId);
        if (entryIds == null || entryIds.isEmpty()) {
            throw RuleViolation.global("stakeholders.map.chooseSomeone");
        }
        var addresses = queries.addresses(processId, entryIds, LocalDate.now(clock));
        if (addresses.isEmpty()) {
            throw RuleViolation.global("stakeholders.map.noAddresses");
        }
        // one invitation per address, even when a person represents two organisations on the map
        var emails = new LinkedHashSet<String>();
        addresses.forEach(a -> emails.add(a.email().strip().toLowerCase()));
        emails.forEach(email -> invite.handle(processId, new InvitationForm(email, ProcessRole.MEMBER)));
        store.markInvited(
                processId,
                addresses.stream()
                        .map(StakeholderMapQueries.Address::entryId)
                        .distinct()
                        .toList(),
                Instant.now(clock));
        return emails.size();
    }
}
