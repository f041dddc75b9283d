package org.percorsi.accounts.usecases;

import java.time.Clock;
import java.time.Duration;
import org.percorsi.accounts.domain.AccountToken;
import org.percorsi.accounts.domain.AccountToken.Purpose;
import org.percorsi.accounts.domain.AccountTokenRepository;
import org.percorsi.shared.security.OneTimeSecrets;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Component;

/** Issues one-time links and redeems them once, before they expire. */
@Component
class AccountTokens {

    static final Duration CONFIRM_VALIDITY = Duration.ofDays(3);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new secret for the account; earlier ones of the same purpose stop working. */
    String issue(long accountId, Purpose purpose, String newEmail, Duration validity) {
        String secret = OneTimeSecrets.newSecret();
        tokens.retire(accountId, purpose.name());
        tokens.save(new AccountToken(
                accountId,
                purpose,
                OneTimeSecrets.hash(secret),
                newEmail,
                clock.instant().plus(validity)));
        return secret;
    }

    /** Redeems a secret for the purpose; refuses unknown, used, expired or misdirected links. */
    AccountToken redeem(String secret, Purpose purpose) {
        if (secret == null || secret.isBlank()) {
            throw RuleViolation.global("token.invalid");
        }
        AccountToken token = tokens.findByHashForUpdate(OneTimeSecrets.hash(secret))
                .filter(t -> t.getPurpose() == purpose)
                .orElseThrow(() -> RuleViolation.global("token.invalid"));
        if (token.isUsed()) {
            throw RuleViolation.global("token.used");
        }
        if (token.isExpired(clock.instant())) {
            throw RuleViolation.global("token.expired");
        }
        token.use(clock.instant());
        tokens.save(token);
        return token;
    }
}
