package org.percorsi.api.access;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API's rate limit per client (its token, else its address): fixed windows counted in memory on each node,
 * so that a request costs no database write (the sign-in forms' limits, few and precious, are shared through
 * PostgreSQL instead). With several nodes a client may get up to that many times the limit.
 */
@Component
class ApiRateLimit {

    private record Window(long start, AtomicInteger hits) {}

    private static final int FORGET_BEYOND = 100_000;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final long windowMillis;
    private final Clock clock;

    ApiRateLimit(
            @Value("${percorsi.api.rate-limit.requests:1200}") int limit,
            @Value("${percorsi.api.rate-limit.window:1m}") Duration window,
            Clock clock) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts a request; 0 when within the limit, else the seconds until the next window. */
    long acquire(String client) {
        long now = clock.millis();
        long start = now / windowMillis * windowMillis;
        if (windows.size() > FORGET_BEYOND) {
            windows.values().removeIf(w -> w.start() < start);
        }
        Window window = windows.compute(
                client,
                (key, old) -> old != null && old.start() == start ? old : new Window(start, new AtomicInteger()));
        if (window.hits().incrementAndGet() <= limit) {
            return 0;
        }
        return Math.max(1, (start + windowMillis - now + 999) / 1000);
    }
}
