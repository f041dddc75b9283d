package org.percorsi.accounts.usecases;

import org.percorsi.accounts.domain.Account;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.accounts.domain.AccountToken.Purpose;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * Someone registers: a nickname (public), an email (private) and a password,
 * accepting the current terms and privacy notice. A confirmation link is
 * mailed. If the address already has an account, nothing is created and its
 * owner is told by mail, so the page does not reveal who is registered; either
 * way the request hashes the password and queues one mail, so neither does its time.
 */
@Service
public class RegisterAccount {

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final String termsVersion;

    RegisterAccount(
            AccountRepository accounts,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AccountTokens tokens,
            AccountMails mails,
            @Value("${percorsi.terms.version}") String termsVersion) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.tokens = tokens;
        this.mails = mails;
        this.termsVersion = termsVersion;
    }

    @Transactional
    public void handle(RegistrationForm form) {
        String email = form.email().strip();
        String nickname = form.nickname().strip();
        if (accounts.nicknameTaken(nickname, null)) {
            throw new RuleViolation("nickname", "accounts.nickname.taken");
        }
        policy.check(form.password(), email, nickname, "password");
        // hashed even for a taken address: the hash is most of the request's time, and skipping it would
        // tell who is registered by how fast the page answers
        String passwordHash = encoder.encode(form.password());
        if (accounts.emailTaken(email)) {
            accounts.findByEmail(email)
                    .ifPresentOrElse(
                            owner -> mails.send(owner, "alreadyRegistered", mails.link("/password/forgot")),
                            () -> mails.send(email, "alreadyRegistered", mails.link("/password/forgot")));
            return;
        }
        Account account;
        try {
            Account fresh = Account.participant(email, nickname, passwordHash, termsVersion);
            fresh.speaks(PageLanguage.ofRequest());
            account = accounts.save(fresh);
        } catch (DataIntegrityViolationException concurrentDuplicate) {
            throw new RuleViolation("nickname", "accounts.nickname.taken");
        }
        String secret = tokens.issue(account.getId(), Purpose.CONFIRM_EMAIL, null, AccountTokens.CONFIRM_VALIDITY);
        mails.send(
                account,
                "confirm",
                nickname,
                mails.secretLink("/account/confirm?token=" + UriUtils.encode(secret, "UTF-8")));
    }
}
