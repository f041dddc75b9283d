package org.percorsi.harvest.usecases;

import org.percorsi.harvest.HarvestChanged;
import org.percorsi.harvest.domain.HarvestStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator writes down the votes a poll's option got at a table, or in plenary; a correction replaces the
 * count, never adds to it.
 */
@Service
public class SetPollVotes {

    private final HarvestRules rules;
    private final HarvestStore store;
    private final ApplicationEventPublisher events;

    SetPollVotes(HarvestRules rules, HarvestStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void handle(long meetingId, PollVotesForm form) {
        rules.recordableByViewer(meetingId);
        long option = HarvestRules.present("optionId", form.optionId());
        Integer votes = HarvestRules.present("votes", form.votes());
        if (!store.optionOfMeeting(meetingId, option)) {
            throw new NotFoundException("poll option " + option);
        }
        if (form.tableId() != null && !rules.isTable(meetingId, form.tableId())) {
            throw new RuleViolation("tableId", "harvest.unknownTable");
        }
        store.setVotes(option, form.tableId(), HarvestRules.count("votes", votes));
        events.publishEvent(new HarvestChanged(meetingId));
    }
}
