package org.percorsi.regional;

import java.util.Map;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.PersonalData;
import org.percorsi.regional.domain.ReminderStore;
import org.percorsi.regional.queries.DossierQueries;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the regional module keeps about an account: the deadline reminders mailed to it and the dossiers it opened.
 * When the account is deleted the reminders go and the dossiers stay, without who opened them. (The names of the
 * person responsible and of the tecnico di garanzia are typed by the office, not linked to accounts.)
 */
@Component
class RegionalPersonalData implements PersonalData {

    private final DossierQueries queries;
    private final ReminderStore reminders;

    RegionalPersonalData(DossierQueries queries, ReminderStore reminders) {
        this.queries = queries;
        this.reminders = reminders;
    }

    @Override
    public String section() {
        return "regional";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        return Map.of(
                "deadlineReminders", queries.remindersTo(accountId),
                "dossiersOpened", queries.openedBy(accountId));
    }

    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        reminders.forget(deleted.accountId());
    }
}
