package org.percorsi.accounts.usecases;

import org.percorsi.accounts.CurrentAccount;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holder of an account that must replace its password (the first administrator's generated one, printed
 * in the log) chooses a new one right after signing in with it. The current password is not asked again:
 * it was just typed, and it is the one that may be known to others. Anyone else changes their password
 * with {@link ChangePassword}, giving the current one.
 */
@Service
public class ChooseNewPassword {

    private final CurrentAccount current;
    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;

    ChooseNewPassword(
            CurrentAccount current, AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder) {
        this.current = current;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
    }

    @Transactional
    public void handle(NewPasswordForm form) {
        var account = current.require();
        if (!account.isMustChangePassword()) {
            throw new AccessDeniedException(
                    "Only an account that must replace its password sets one without the current one");
        }
        policy.check(form.newPassword(), account.getEmail(), account.getNickname(), "newPassword");
        if (encoder.matches(form.newPassword(), account.getPasswordHash())) {
            throw new RuleViolation("newPassword", "accounts.password.same");
        }
        account.changePassword(encoder.encode(form.newPassword()));
        accounts.save(account);
    }
}
