package org.percorsi.accounts.usecases;

import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.accounts.domain.AccountToken.Purpose;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The link mailed to the new address is followed: the account's address changes and its sessions end. */
@Service
public class ConfirmEmailChange {

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final Sessions sessions;

    ConfirmEmailChange(AccountRepository accounts, AccountTokens tokens, Sessions sessions) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Transactional
    public void handle(String secret) {
        var token = tokens.redeem(secret, Purpose.CHANGE_EMAIL);
        if (accounts.emailTaken(token.getNewEmail())) {
            throw RuleViolation.global("accounts.email.taken");
        }
        var account = accounts.findById(token.getAccountId()).orElseThrow();
        String oldEmail = account.getEmail();
        account.changeEmail(token.getNewEmail());
        accounts.save(account);
        sessions.endAll(oldEmail);
    }
}
