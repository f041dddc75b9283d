package org.percorsi.api.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.percorsi.api.domain.ApiTokenStore;
import org.percorsi.processes.ProcessesForApi;
import org.percorsi.shared.security.OneTimeSecrets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognises a bearer token: a live token makes its owner's caller, whose area is the processes they manage
 * now (asked of {@code processes} at each request, so a manager who lost the role loses the area at once). The
 * last use is noted at most once a minute, so that busy clients do not write on every request.
 */
@Component
class ApiTokens {

    private static final Duration NOTE_USE_EVERY = Duration.ofMinutes(1);

    private final ApiTokenStore tokens;
    private final ProcessesForApi processes;
    private final Clock clock;

    ApiTokens(ApiTokenStore tokens, ProcessesForApi processes, Clock clock) {
        this.tokens = tokens;
        this.processes = processes;
        this.clock = clock;
    }

    /** The caller of a token; empty for an unknown or revoked one. */
    @Transactional
    Optional<ApiCaller> caller(String token) {
        String hash = OneTimeSecrets.hash(token);
        return tokens.live(hash).map(live -> {
            Instant now = clock.instant();
            if (live.lastUsedAt() == null
                    || live.lastUsedAt().plus(NOTE_USE_EVERY).isBefore(now)) {
                tokens.used(live.id(), now);
            }
            Set<Long> area = processes.managedBy(live.accountId());
            return new ApiCaller(live.id(), area, "token:" + live.id());
        });
    }
}
