package org.percorsi.accounts.usecases;

import org.percorsi.mail.MailApi;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The mails of the account flows, in the language of the person who triggered them. */
@Component
class AccountMails {

    private final MailApi mail;
    private final MessageSource messages;
    private final PublicLinks links;

    AccountMails(MailApi mail, MessageSource messages, PublicLinks links) {
        this.mail = mail;
        this.messages = messages;
        this.links = links;
    }

    /** A mail in the language of the page being served (for people without an account yet). */
    void send(String to, String kind, Object... args) {
        sendIn(LocaleContextHolder.getLocale(), to, kind, args);
    }

    /** A mail to an account holder, in their language. */
    void send(org.percorsi.accounts.domain.Account account, String kind, Object... args) {
        sendIn(account.locale(), account.getEmail(), kind, args);
    }

    void sendIn(java.util.Locale locale, String to, String kind, Object... args) {
        String subject = messages.getMessage("accounts.mail." + kind + ".subject", null, locale);
        String body = messages.getMessage("accounts.mail." + kind + ".body", args, locale);
        mail.send(to, subject, body, MailApi.secretsIn(args));
    }

    /** An absolute link to a path of this platform, for mails. */
    String link(String pathAndQuery) {
        return links.to(pathAndQuery);
    }

    /** A link that lets its reader act as the recipient: kept out of the outbox's copy once delivered. */
    MailApi.Secret secretLink(String pathAndQuery) {
        return new MailApi.Secret(links.to(pathAndQuery));
    }
}
