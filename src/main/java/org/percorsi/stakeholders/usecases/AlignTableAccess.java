package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.domain.TableMemberStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager brings the reserved area in line with a membership where it fell out of step through no manager's
 * hand: opens it to the representatives an accepted member gained later (added to the registry by someone who
 * does not manage this process), or closes it to those of a member that withdrew by itself from the public page.
 */
@Service
public class AlignTableAccess {

    private final StakeholderRules rules;
    private final TableMemberStore members;
    private final TableAccess access;
    private final Clock clock;

    AlignTableAccess(StakeholderRules rules, TableMemberStore members, TableAccess access, Clock clock) {
        this.rules = rules;
        this.members = members;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void handle(long processId, LeaveForm form) {
        rules.tableManagedByViewer(processId);
        var member = members.lock(processId, TableInput.present("memberId", form.memberId()))
                .orElseThrow(() -> new NotFoundException("member"));
        LocalDate today = LocalDate.now(clock);
        switch (member.state()) {
            case ACCEPTED -> access.open(processId, member.organisationId(), today);
            case WITHDRAWN -> access.close(processId, member.organisationId(), today);
            default -> throw RuleViolation.global("stakeholders.table.notAMember");
        }
    }
}
