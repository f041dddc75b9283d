package org.percorsi.outreach.usecases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.percorsi.outreach.ContactTopic;
import org.percorsi.outreach.domain.InfoPointStore;
import org.percorsi.outreach.domain.InfoPointStore.Count;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff of an info point record how many people came on a day or in a week, never who. */
@Service
public class RecordContacts {

    private final OutreachRules rules;
    private final InfoPointStore store;

    RecordContacts(OutreachRules rules, InfoPointStore store) {
        this.rules = rules;
        this.store = store;
    }

    @Transactional
    public long handle(long processId, long pointId, ContactsForm form) {
        rules.managedByViewer(processId);
        if (!store.exists(processId, pointId)) {
            throw new NotFoundException("info point " + pointId);
        }
        String period = form.period() == null ? "" : form.period().strip();
        if (!period.equals("DAY") && !period.equals("WEEK")) {
            throw new RuleViolation("period", "outreach.required");
        }
        LocalDate starts = Inputs.date(form.startsOn(), "startsOn", true);
        if (period.equals("WEEK") && starts.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new RuleViolation("startsOn", "outreach.contacts.weekStartsMonday");
        }
        ContactTopic topic = Inputs.choice(ContactTopic.class, form.topic(), "topic", false);
        List<String> language =
                Inputs.languages(form.language() == null ? List.of() : List.of(form.language()), "language");
        int contacts;
        try {
            contacts = Integer.parseInt(
                    form.contacts() == null ? "" : form.contacts().strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("contacts", "outreach.contacts.count");
        }
        if (contacts < 1 || contacts > 100000) {
            throw new RuleViolation("contacts", "outreach.contacts.count");
        }
        return store.insertCount(
                pointId,
                new Count(
                        period,
                        starts,
                        topic == null ? null : topic.name(),
                        language.isEmpty() ? null : language.get(0),
                        contacts));
    }
}
