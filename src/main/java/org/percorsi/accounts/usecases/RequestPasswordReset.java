package org.percorsi.accounts.usecases;

import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.accounts.domain.AccountToken.Purpose;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/** Someone who forgot their password asks for a reset link; the page says the same whether the address exists or not. */
@Service
public class RequestPasswordReset {

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;

    RequestPasswordReset(AccountRepository accounts, AccountTokens tokens, AccountMails mails) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
    }

    @Transactional
    public void handle(String email) {
        accounts.findByEmail(email == null ? "" : email.strip())
                .filter(a -> a.canSignIn())
                .ifPresent(account -> {
                    String secret =
                            tokens.issue(account.getId(), Purpose.RESET_PASSWORD, null, AccountTokens.RESET_VALIDITY);
                    mails.send(
                            account,
                            "reset",
                            account.getNickname(),
                            mails.secretLink("/password/reset?token=" + UriUtils.encode(secret, "UTF-8")));
                });
    }
}
