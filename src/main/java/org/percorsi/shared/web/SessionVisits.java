package org.percorsi.shared.web;

import java.time.Duration;
import java.time.Instant;

/**
 * How often a session's last access is written to the session store: once a minute at most. Why: every request
 * of a signed-in person would otherwise write their session's row (a new row version, new index entries); a
 * minute is nothing against an eight-hour timeout. Said once for the store (platform) and for the pages kept
 * for every participant (web), which record a visit themselves.
 */
public final class SessionVisits {

    public static final Duration RECORDED_EVERY = Duration.ofMinutes(1);

    private SessionVisits() {}

    /** True when a visit at {@code now} is to be written, the last one written being {@code recorded}. */
    public static boolean due(Instant recorded, Instant now) {
        return Duration.between(recorded, now).compareTo(RECORDED_EVERY) >= 0;
    }
}
