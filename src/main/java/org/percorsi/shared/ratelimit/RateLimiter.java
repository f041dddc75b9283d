package org.percorsi.shared.ratelimit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window rate limits kept in PostgreSQL, so that every app node counts the
 * same attempts. {@link #tryAcquire} counts one attempt and says whether it is
 * within the limit.
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts an attempt for {@code key}; false when more than {@code limit} fell in the current window. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryAcquire(String key, int limit, Duration window) {
        long windowMillis = window.toMillis();
        Instant now = clock.instant();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        int hits = jdbc.sql("""
                        insert into rate_limit_window (key, window_start, hits) values (:key, :start, 1)
                        on conflict (key, window_start) do update set hits = rate_limit_window.hits + 1
                        returning hits""")
                .param("key", key.length() > 200 ? key.substring(0, 200) : key)
                .param("start", Timestamp.from(start))
                .query(Integer.class)
                .single();
        if (hits == 1) {
            jdbc.sql("delete from rate_limit_window where window_start < :old")
                    .param("old", Timestamp.from(now.minus(Duration.ofDays(1))))
                    .update();
        }
        return hits <= limit;
    }
}
