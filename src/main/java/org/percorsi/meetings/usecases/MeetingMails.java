package org.percorsi.meetings.usecases;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.mail.MailApi;
import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Mails about a meeting, each in its recipient's language (queued in the outbox, sent after commit). */
@Component
class MeetingMails {

    private final AccountsApi accounts;
    private final MailApi mail;
    private final MessageSource messages;
    private final PublicLinks links;

    MeetingMails(AccountsApi accounts, MailApi mail, MessageSource messages, PublicLinks links) {
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.links = links;
    }

    void send(List<Long> accountIds, MeetingStore.Head meeting, String key) {
        accounts.byIds(accountIds).values().stream()
                .filter(AccountsApi.AccountRef::active)
                .forEach(account -> {
                    var locale = account.locale();
                    String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                            .withLocale(locale)
                            .format(meeting.startsAt().atZone(ZoneId.of("Europe/Rome")));
                    Object[] args = {meeting.title(), when, links.to("/meetings/" + meeting.id())};
                    mail.send(
                            account.email(),
                            messages.getMessage(key + ".subject", args, locale),
                            messages.getMessage(key + ".body", args, locale));
                });
    }
}
