package org.percorsi.regional.usecases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.mail.MailApi;
import org.percorsi.regional.Deadline;
import org.percorsi.regional.DeadlineState;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.domain.ReminderStore;
import org.percorsi.regional.queries.DossierQueries;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails the managers of each funded process when one of its deadlines is due within the call's reminder days:
 * once per dossier, deadline and manager (the database's unique constraint decides, whatever the number of nodes
 * or runs), in the manager's language, through the mail module's outbox, with a link on the configured address.
 */
@Service
public class DeadlineReminders {

    private final DossierQueries dossiers;
    private final ReminderStore reminders;
    private final AccountsApi accounts;
    private final MailApi mail;
    private final MessageSource messages;
    private final PublicLinks links;
    private final Clock clock;

    DeadlineReminders(
            DossierQueries dossiers,
            ReminderStore reminders,
            AccountsApi accounts,
            MailApi mail,
            MessageSource messages,
            PublicLinks links,
            Clock clock) {
        this.dossiers = dossiers;
        this.reminders = reminders;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Every morning, Italian time. Transactional here too: the scheduler calls this method, and {@code sendDue}'s
     * own annotation does not apply to a call from inside the class (a reminder claimed must be queued with it).
     */
    @Scheduled(cron = "0 0 7 * * *", zone = "Europe/Rome")
    @SchedulerLock(name = "regional-deadline-reminders", lockAtLeastFor = "PT5M")
    @Transactional
    public void everyMorning() {
        sendDue(LocalDate.now(clock.withZone(TimeConfiguration.ROME)));
    }

    /** Sends the reminders due on {@code today}; returns how many mails were queued. */
    @Transactional
    public int sendDue(LocalDate today) {
        List<Dossier> all = dossiers.all();
        var managers = dossiers.managersOf(all.stream().map(Dossier::processId).toList());
        int sent = 0;
        for (Dossier dossier : all) {
            var recipients = accounts.byIds(managers.getOrDefault(dossier.processId(), List.of())).values().stream()
                    .filter(AccountsApi.AccountRef::active)
                    .toList();
            for (Deadline deadline : dossier.deadlines(today)) {
                if (deadline.state() != DeadlineState.DUE_SOON) {
                    continue;
                }
                for (var manager : recipients) {
                    if (reminders.claim(dossier.id(), deadline.kind().name(), manager.id(), deadline.due())) {
                        send(manager, dossier, deadline);
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private void send(AccountsApi.AccountRef manager, Dossier dossier, Deadline deadline) {
        var locale = manager.locale();
        String what = messages.getMessage("regional.deadline." + deadline.kind().name(), null, locale);
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(deadline.due());
        Object[] args = {
            what,
            dossier.processTitle(),
            when,
            deadline.daysLeft(),
            dossier.call().title(),
            links.to("/admin/processes/" + dossier.processId() + "/dossier")
        };
        mail.send(
                manager.email(),
                messages.getMessage("regional.mail.reminder.subject", args, locale),
                messages.getMessage("regional.mail.reminder.body", args, locale));
    }
}
