package org.percorsi.accounts.usecases;

import org.percorsi.accounts.CurrentAccount;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.accounts.domain.AccountToken.Purpose;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * A signed-in person asks to change their address: a link goes to the new
 * address, and the change happens only when it is followed; the old address is told.
 */
@Service
public class RequestEmailChange {

    private final CurrentAccount current;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AccountTokens tokens;
    private final AccountMails mails;

    RequestEmailChange(
            CurrentAccount current,
            AccountRepository accounts,
            PasswordEncoder encoder,
            AccountTokens tokens,
            AccountMails mails) {
        this.current = current;
        this.accounts = accounts;
        this.encoder = encoder;
        this.tokens = tokens;
        this.mails = mails;
    }

    @Transactional
    public void handle(ChangeEmailForm form) {
        var account = current.require();
        if (!encoder.matches(form.currentPassword(), account.getPasswordHash())) {
            throw new RuleViolation("currentPassword", "accounts.password.wrong");
        }
        String newEmail = form.newEmail().strip();
        if (newEmail.equalsIgnoreCase(account.getEmail())) {
            throw new RuleViolation("newEmail", "accounts.email.same");
        }
        if (accounts.emailTaken(newEmail)) {
            throw new RuleViolation("newEmail", "accounts.email.taken");
        }
        String secret = tokens.issue(account.getId(), Purpose.CHANGE_EMAIL, newEmail, AccountTokens.CONFIRM_VALIDITY);
        mails.sendTo(
                account,
                newEmail,
                "changeEmail",
                account.getNickname(),
                mails.secretLink("/account/email/confirm?token=" + UriUtils.encode(secret, "UTF-8")));
        mails.send(account, "emailChangeRequested", account.getNickname(), newEmail);
    }
}
