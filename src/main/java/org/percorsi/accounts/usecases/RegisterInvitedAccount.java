package org.percorsi.accounts.usecases;

import org.percorsi.accounts.domain.Account;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone invited by mail creates their account while accepting the invitation.
 * Following the mailed link proves the address, so it is confirmed at once.
 */
@Service
public class RegisterInvitedAccount {

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final String termsVersion;

    RegisterInvitedAccount(
            AccountRepository accounts,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            @Value("${percorsi.terms.version}") String termsVersion) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.termsVersion = termsVersion;
    }

    /** The new account's id. The caller has checked the invitation; the email comes from it. */
    @Transactional
    public long handle(String email, InvitedAccountForm form) {
        String nickname = form.nickname().strip();
        if (accounts.emailTaken(email)) {
            throw RuleViolation.global("accounts.invitation.haveAccount");
        }
        if (accounts.nicknameTaken(nickname, null)) {
            throw new RuleViolation("nickname", "accounts.nickname.taken");
        }
        policy.check(form.password(), email, nickname, "password");
        Account account = Account.participant(email, nickname, encoder.encode(form.password()), termsVersion);
        account.speaks(PageLanguage.ofRequest());
        account.confirmEmail();
        try {
            return accounts.save(account).getId();
        } catch (DataIntegrityViolationException concurrentDuplicate) {
            throw new RuleViolation("nickname", "accounts.nickname.taken");
        }
    }
}
