package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.NegotiationTableChanged;
import org.percorsi.stakeholders.domain.ReferentStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager ends a referent today; the row stays, with the day it ended. */
@Service
public class EndReferent {

    private final StakeholderRules rules;
    private final ReferentStore referents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EndReferent(StakeholderRules rules, ReferentStore referents, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.referents = referents;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handle(long processId, EndReferentForm form) {
        rules.tableManagedByViewer(processId);
        long referent = TableInput.present("referentId", form.referentId());
        if (!referents.end(processId, referent, LocalDate.now(clock))) {
            throw new NotFoundException("referent");
        }
        events.publishEvent(new NegotiationTableChanged(processId));
    }
}
