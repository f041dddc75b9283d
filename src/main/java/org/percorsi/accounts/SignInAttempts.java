package org.percorsi.accounts;

import java.time.Clock;
import java.time.Duration;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.mail.MailApi;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account: after five in a row the account is locked
 * for fifteen minutes and its owner is told by mail. A success resets the count.
 */
@Component
class SignInAttempts {

    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private final AccountRepository accounts;
    private final MailApi mail;
    private final MessageSource messages;
    private final Clock clock;

    SignInAttempts(AccountRepository accounts, MailApi mail, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByEmail(event.getAuthentication().getName()).ifPresent(account -> {
            boolean locked = account.failedLogin(clock.instant(), LOCK_FOR);
            accounts.save(account);
            if (locked) {
                var locale = account.locale();
                mail.send(account.getEmail(), messages.getMessage("accounts.mail.locked.subject", null, locale),
                        messages.getMessage("accounts.mail.locked.body",
                                new Object[] {account.getNickname(), LOCK_FOR.toMinutes()}, locale));
            }
        });
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.findByEmail(event.getAuthentication().getName()).ifPresent(account -> {
            account.succeededLogin();
            accounts.save(account);
        });
    }
}
