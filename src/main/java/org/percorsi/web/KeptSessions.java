package org.percorsi.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import org.percorsi.shared.events.SessionChanged;
import org.percorsi.shared.events.SessionsChangedElsewhere;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * What a kept page needs of an everyday participant's session (who they are, their forms' token, when the session
 * was last used), kept in memory for a few seconds, so that the busy moments of a process cost no read of the
 * session per page ({@link ParticipantPageCache}).
 *
 * <p>Never served after the session changed: any write or end of a session (sign-out, a message after a redirect,
 * a new id, the account blocked) is heard at once on this node ({@link SessionChanged}) and on the others through
 * PostgreSQL ({@link SessionsChangedElsewhere}); a node that was not listening for a while forgets every session.
 * A read that started before a change it might not have seen is not kept. The time to live bounds what a lost
 * notification could leave, like the pages' own. A session past its expiry is never served from here.
 */
@Component
class KeptSessions {

    /** A participant's session as a kept page needs it. */
    record Kept(
            String id,
            UsernamePasswordAuthenticationToken authentication,
            CsrfToken token,
            Instant lastAccess,
            Duration maxInactive) {

        boolean expiredAt(Instant now) {
            return !maxInactive.isNegative() && lastAccess.plus(maxInactive).isBefore(now);
        }
    }

    /** By the digest of the session's id, the name by which other nodes tell of it. */
    private final Cache<String, Kept> byDigest;
    /** When each session was last heard to change, for the reads that were on their way meanwhile. */
    private final Cache<String, Long> changedAt;

    private volatile long everyoneChangedAt = System.nanoTime();
    private final boolean enabled;

    KeptSessions(@Value("${percorsi.page-cache.ttl:3s}") Duration ttl) {
        this.enabled = !ttl.isZero();
        Duration kept = enabled ? ttl : Duration.ofSeconds(1);
        this.byDigest = Caffeine.newBuilder()
                .expireAfterWrite(kept)
                .maximumSize(100_000)
                .build();
        // longer than any read takes: a change heard during a read is still known when the read ends
        this.changedAt = Caffeine.newBuilder()
                .expireAfterWrite(kept.multipliedBy(2).plusSeconds(30))
                .maximumSize(100_000)
                .build();
    }

    /** The session kept under this id, unless it expired; null when there is none. */
    Kept get(String sessionId, Instant now) {
        if (!enabled) {
            return null;
        }
        var kept = byDigest.getIfPresent(SessionChanged.digestOf(sessionId));
        return kept != null && kept.id().equals(sessionId) && !kept.expiredAt(now) ? kept : null;
    }

    /** When a read of a session starts: what is read is kept only if no change was heard since. */
    long readStarts() {
        return System.nanoTime();
    }

    /** Keeps what a read that started at {@code readStarted} found, unless the session changed meanwhile. */
    void keep(Kept kept, long readStarted) {
        if (!enabled) {
            return;
        }
        String digest = SessionChanged.digestOf(kept.id());
        byDigest.put(digest, kept);
        // after the put: a change heard before this check removes it here, one heard after removes it itself
        if (changedSince(digest, readStarted)) {
            byDigest.asMap().remove(digest, kept);
        }
    }

    private boolean changedSince(String digest, long readStarted) {
        Long changed = changedAt.getIfPresent(digest);
        return everyoneChangedAt - readStarted >= 0 || changed != null && changed - readStarted >= 0;
    }

    @EventListener
    void on(SessionChanged changed) {
        forget(changed.digest());
    }

    @EventListener
    void on(SessionsChangedElsewhere changed) {
        if (changed.everyone()) {
            everyoneChangedAt = System.nanoTime();
            byDigest.invalidateAll();
            return;
        }
        for (String digest : changed.digests()) {
            forget(digest);
        }
    }

    private void forget(String digest) {
        changedAt.put(digest, System.nanoTime());
        byDigest.invalidate(digest);
    }
}
