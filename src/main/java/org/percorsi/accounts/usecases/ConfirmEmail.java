package org.percorsi.accounts.usecases;

import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.accounts.domain.AccountToken.Purpose;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person confirms their address with the mailed link: their account becomes "email confirmed". */
@Service
public class ConfirmEmail {

    private final AccountRepository accounts;
    private final AccountTokens tokens;

    ConfirmEmail(AccountRepository accounts, AccountTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Transactional
    public void handle(String secret) {
        var token = tokens.redeem(secret, Purpose.CONFIRM_EMAIL);
        var account = accounts.findById(token.getAccountId()).orElseThrow();
        account.confirmEmail();
        accounts.save(account);
    }
}
