package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.domain.TableMemberStore;
import org.percorsi.stakeholders.domain.TableMemberStore.State;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager closes the reserved area to the representatives of a member that withdrew by itself (from the public
 * page, where only the managers' use case could have taken the role back).
 */
@Service
public class CloseTableAccess {

    private final StakeholderRules rules;
    private final TableMemberStore members;
    private final TableAccess access;
    private final Clock clock;

    CloseTableAccess(StakeholderRules rules, TableMemberStore members, TableAccess access, Clock clock) {
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
        if (member.state() != State.WITHDRAWN) {
            throw RuleViolation.global("stakeholders.table.stillMember");
        }
        access.close(processId, member.organisationId(), LocalDate.now(clock));
    }
}
