package org.percorsi.accounts.usecases;

import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.accounts.domain.AccountToken.Purpose;
import org.percorsi.accounts.domain.SignInFailures;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person sets a new password with the mailed link. Every session of the
 * account ends, in case someone else was signed in with the old password, and no
 * client waits any longer after wrong passwords for the address: the link proved
 * the owner reads its mail.
 */
@Service
public class ResetPassword {

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Sessions sessions;
    private final SignInFailures signInFailures;

    ResetPassword(
            AccountRepository accounts,
            AccountTokens tokens,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            Sessions sessions,
            SignInFailures signInFailures) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.sessions = sessions;
        this.signInFailures = signInFailures;
    }

    @Transactional
    public void handle(String secret, String newPassword) {
        var token = tokens.redeem(secret, Purpose.RESET_PASSWORD);
        var account = accounts.findById(token.getAccountId()).orElseThrow();
        policy.check(newPassword, account.getEmail(), account.getNickname(), "password");
        account.changePassword(encoder.encode(newPassword));
        accounts.save(account);
        sessions.endAll(account.getEmail());
        signInFailures.forget(account.getEmail());
    }
}
