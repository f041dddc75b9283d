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

    void send(String to, String kind, Object... args) {
        var locale = LocaleContextHolder.getLocale();
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
