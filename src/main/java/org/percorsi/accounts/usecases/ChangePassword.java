package org.percorsi.accounts.usecases;

import org.percorsi.accounts.CurrentAccount;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person changes their password, giving the current one. */
@Service
public class ChangePassword {

    private final CurrentAccount current;
    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;

    ChangePassword(CurrentAccount current, AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder) {
        this.current = current;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
    }

    @Transactional
    public void handle(ChangePasswordForm form) {
        var account = current.require();
        if (!encoder.matches(form.currentPassword(), account.getPasswordHash())) {
            throw new RuleViolation("currentPassword", "accounts.password.wrong");
        }
        policy.check(form.newPassword(), account.getEmail(), account.getNickname(), "newPassword");
        account.changePassword(encoder.encode(form.newPassword()));
        accounts.save(account);
    }
}
