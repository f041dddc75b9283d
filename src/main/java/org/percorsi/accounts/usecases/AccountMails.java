package org.percorsi.accounts.usecases;

import org.percorsi.mail.MailApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The mails of the account flows, in the language of the person who triggered them. */
@Component
class AccountMails {

    private final MailApi mail;
    private final MessageSource messages;
    private final String baseUrl;

    AccountMails(MailApi mail, MessageSource messages, @Value("${percorsi.base-url:}") String baseUrl) {
        this.mail = mail;
        this.messages = messages;
        this.baseUrl = baseUrl;
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
        mail.send(to, subject, body);
    }

    /** An absolute link to a path of this platform (the configured base URL, else the current request's). */
    String link(String pathAndQuery) {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "") + pathAndQuery;
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + pathAndQuery;
        } catch (IllegalStateException noRequest) {
            return "http://localhost:8080" + pathAndQuery;
        }
    }
}
