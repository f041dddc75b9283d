package org.percorsi.harvest.usecases;

import java.util.List;
import org.percorsi.harvest.HarvestChanged;
import org.percorsi.harvest.domain.HarvestStore;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A facilitator adds an instant poll of a town meeting, with 2 to 20 distinct options. */
@Service
public class AddHarvestPoll {

    private final HarvestRules rules;
    private final HarvestStore store;
    private final ApplicationEventPublisher events;

    AddHarvestPoll(HarvestRules rules, HarvestStore store, ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.events = events;
    }

    /** Returns the options' ids, in the order written. */
    @Transactional
    public List<Long> handle(long meetingId, HarvestPollForm form) {
        rules.recordableByViewer(meetingId);
        String question = HarvestRules.required("question", form.question(), 1000);
        List<String> choices = form.options() == null
                ? List.of()
                : form.options()
                        .lines()
                        .map(String::strip)
                        .filter(o -> !o.isEmpty())
                        .distinct()
                        .toList();
        if (choices.size() < 2 || choices.size() > 20) {
            throw new RuleViolation("options", "harvest.pollOptionsCount");
        }
        if (choices.stream().anyMatch(o -> o.length() > 300)) {
            throw new RuleViolation("options", "Size", 0, 300);
        }
        var ids = store.addPoll(meetingId, question, choices);
        events.publishEvent(new HarvestChanged(meetingId));
        return ids;
    }
}
