package org.percorsi.accounts.usecases;

import java.time.Clock;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.CurrentAccount;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person deletes their account, confirming with their password: personal data
 * is erased, sessions end, and contributions stay under "deleted participant".
 */
@Service
public class DeleteOwnAccount {

    private final CurrentAccount current;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeleteOwnAccount(
            CurrentAccount current,
            AccountRepository accounts,
            PasswordEncoder encoder,
            Sessions sessions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.current = current;
        this.accounts = accounts;
        this.encoder = encoder;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handle(String password) {
        var account = current.require();
        if (password == null || !encoder.matches(password, account.getPasswordHash())) {
            throw new RuleViolation("deletePassword", "accounts.password.wrong");
        }
        if (account.isPlatformAdmin() && accounts.countAdministrators() <= 1) {
            throw RuleViolation.global("accounts.delete.lastAdmin");
        }
        String email = account.getEmail();
        account.anonymise(clock.instant());
        accounts.save(account);
        sessions.endAll(email);
        events.publishEvent(new AccountDeleted(account.getId(), email));
    }
}
