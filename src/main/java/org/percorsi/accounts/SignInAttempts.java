package org.percorsi.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.accounts.domain.SignInFailures;
import org.percorsi.mail.MailApi;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's side of {@link SignInFailures}: a client that typed too many
 * wrong passwords for an address waits, with the same answer whether the address
 * has an account or not; when a client starts waiting, an account's owner is told
 * by mail and offered a new password, which lifts every wait.
 */
@Component
class SignInAttempts {

    private final SignInFailures failures;
    private final AccountRepository accounts;
    private final MailApi mail;
    private final MessageSource messages;
    private final PublicLinks links;
    private final MailLanguage language;

    SignInAttempts(
            SignInFailures failures,
            AccountRepository accounts,
            MailApi mail,
            MessageSource messages,
            PublicLinks links,
            MailLanguage language) {
        this.language = language;
        this.failures = failures;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.links = links;
    }

    boolean mustWait(HttpServletRequest request) {
        return failures.mustWait(emailOf(request), request.getRemoteAddr());
    }

    void failed(HttpServletRequest request) {
        String email = emailOf(request);
        int inARow = failures.failed(email, request.getRemoteAddr());
        if (inARow == SignInFailures.FREE_FAILURES) {
            accounts.findByEmail(email).filter(a -> a.canSignIn()).ifPresent(account -> {
                var locale = language.of(account.getLanguage()); // the owner's, not the one typing
                mail.send(
                        account.getEmail(),
                        messages.getMessage("accounts.mail.throttled.subject", null, locale),
                        messages.getMessage(
                                "accounts.mail.throttled.body",
                                new Object[] {
                                    account.getNickname(), inARow, request.getRemoteAddr(), links.to("/password/forgot")
                                },
                                locale));
            });
        }
    }

    void succeeded(HttpServletRequest request) {
        failures.succeeded(emailOf(request), request.getRemoteAddr());
    }

    private static String emailOf(HttpServletRequest request) {
        String email = request.getParameter("email");
        return email == null ? "" : email.strip();
    }
}
