package org.percorsi.api.usecases;

import org.percorsi.api.domain.ApiTokenStore;
import org.percorsi.shared.security.OneTimeSecrets;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person creates an API token for themselves, scoped to reading: 256 random bits, of which only the SHA-256
 * is stored. The token is returned once, to be shown once; nobody can see it again.
 */
@Service
public class CreateApiToken {

    /** Live tokens one person may hold: enough for a few systems, not a way to fill the table. */
    static final int MAX_LIVE = 20;

    static final String PREFIX = "pct_";

    private final TokenOwner owner;
    private final ApiTokenStore tokens;

    CreateApiToken(TokenOwner owner, ApiTokenStore tokens) {
        this.owner = owner;
        this.tokens = tokens;
    }

    @Transactional
    public String handle(ApiTokenForm form) {
        long account = owner.require();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw new RuleViolation("name", "api.tokens.name.required");
        }
        if (name.length() > 100) {
            throw new RuleViolation("name", "api.tokens.name.tooLong");
        }
        if (tokens.countLive(account) >= MAX_LIVE) {
            throw new RuleViolation("name", "api.tokens.tooMany");
        }
        String token = PREFIX + OneTimeSecrets.newSecret();
        tokens.create(account, name, OneTimeSecrets.hash(token));
        return token;
    }
}
