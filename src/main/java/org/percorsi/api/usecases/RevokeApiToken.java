package org.percorsi.api.usecases;

import java.time.Clock;
import org.percorsi.api.domain.ApiTokenStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person revokes one of their API tokens: from then on it is refused (401), and stays listed as revoked. */
@Service
public class RevokeApiToken {

    private final TokenOwner owner;
    private final ApiTokenStore tokens;
    private final Clock clock;

    RevokeApiToken(TokenOwner owner, ApiTokenStore tokens, Clock clock) {
        this.owner = owner;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    public void handle(long tokenId) {
        long account = owner.require();
        if (!tokens.revoke(account, tokenId, clock.instant())) {
            throw new NotFoundException("API token " + tokenId);
        }
    }
}
