package org.percorsi.accounts.usecases;

import java.util.Locale;
import org.percorsi.accounts.MailLanguage;
import org.percorsi.accounts.domain.Account;
import org.percorsi.mail.MailApi;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of the account flows, each in its recipient's language (see {@link MailLanguage}): whoever
 * caused the mail (someone typing an address at registration, sign-in or reset) may not be its recipient.
 */
@Component
class AccountMails {

    private final MailApi mail;
    private final MessageSource messages;
    private final PublicLinks links;
    private final MailLanguage language;

    AccountMails(MailApi mail, MessageSource messages, PublicLinks links, MailLanguage language) {
        this.mail = mail;
        this.messages = messages;
        this.links = links;
        this.language = language;
    }

    /** A mail to an address with no account, in the organisation's default language. */
    void send(String to, String kind, Object... args) {
        sendIn(language.organisationDefault(), to, kind, args);
    }

    /** A mail to an account holder, in their language. */
    void send(Account account, String kind, Object... args) {
        sendTo(account, account.getEmail(), kind, args);
    }

    /** A mail for an account holder at another of their addresses (the one they are moving to), in their language. */
    void sendTo(Account account, String address, String kind, Object... args) {
        sendIn(language.of(account.getLanguage()), address, kind, args);
    }

    private void sendIn(Locale locale, String to, String kind, Object... args) {
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
