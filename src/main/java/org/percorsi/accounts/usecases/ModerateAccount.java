package org.percorsi.accounts.usecases;

import java.time.Clock;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.domain.Account;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator blocks or unblocks an account (a blocked account's sessions
 * end at once), confirms it as a verified resident, or anonymises it.
 */
@Service
public class ModerateAccount {

    private final AccountRepository accounts;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerateAccount(AccountRepository accounts, Sessions sessions, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void block(long accountId, boolean blocked) {
        Caller.requireAdmin();
        var account = load(accountId);
        if (account.isPlatformAdmin() && blocked) {
            throw RuleViolation.global("accounts.admin.cannotBlockAdmin");
        }
        account.block(blocked);
        accounts.save(account);
        if (blocked) {
            sessions.endAll(account.getEmail());
        }
    }

    @Transactional
    public void verifyAsResident(long accountId) {
        Caller.requireAdmin();
        var account = load(accountId);
        account.verifyAsResident();
        accounts.save(account);
    }

    @Transactional
    public void anonymise(long accountId) {
        Caller.requireAdmin();
        var account = load(accountId);
        if (account.isPlatformAdmin()) {
            throw RuleViolation.global("accounts.admin.cannotBlockAdmin");
        }
        String email = account.getEmail();
        account.anonymise(clock.instant());
        accounts.save(account);
        sessions.endAll(email);
        events.publishEvent(new AccountDeleted(accountId, email));
    }

    private Account load(long id) {
        var account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
        if (account.isDeleted()) {
            throw RuleViolation.global("accounts.admin.alreadyDeleted");
        }
        return account;
    }
}
