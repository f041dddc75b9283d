package org.percorsi.stakeholders.usecases;

import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.NegotiationTableChanged;
import org.percorsi.stakeholders.domain.TableMemberStore;
import org.percorsi.stakeholders.domain.TableMemberStore.State;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager refuses a request to join the table, saying why (kept with the request). */
@Service
public class RefuseMember {

    private final StakeholderRules rules;
    private final TableMemberStore members;
    private final ApplicationEventPublisher events;

    RefuseMember(StakeholderRules rules, TableMemberStore members, ApplicationEventPublisher events) {
        this.rules = rules;
        this.members = members;
        this.events = events;
    }

    @Transactional
    public void handle(long processId, RefuseForm form) {
        rules.tableManagedByViewer(processId);
        var member = members.lock(processId, TableInput.present("memberId", form.memberId()))
                .orElseThrow(() -> new NotFoundException("member"));
        if (member.state() != State.REQUESTED) {
            throw RuleViolation.global("stakeholders.table.notRequested");
        }
        String reason = TableInput.required("reason", form.reason(), 3, 2000);
        members.refuse(member.id(), reason, rules.viewer());
        events.publishEvent(new NegotiationTableChanged(processId));
    }
}
