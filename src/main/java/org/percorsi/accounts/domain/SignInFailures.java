package org.percorsi.accounts.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong passwords per address and client, kept in PostgreSQL so every app node
 * counts the same. After {@link #FREE_FAILURES} in a row the client waits
 * {@link #FIRST_WAIT} before trying that address again, and each further failure
 * doubles the wait, up to {@link #LONGEST_WAIT}. Nothing depends on whether the
 * address has an account, and other clients are not touched.
 */
@Component
public class SignInFailures {

    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** A day without failures starts the count again. */
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInFailures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True while this client must wait before trying this address again. */
    @Transactional(readOnly = true)
    public boolean mustWait(String email, String client) {
        return jdbc.sql("select exists(select 1 from sign_in_failure where email = :email and client = :client "
                        + "and waits_until > :now)")
                .param("email", key(email))
                .param("client", client)
                .param("now", Timestamp.from(clock.instant()))
                .query(Boolean.class)
                .single();
    }

    /** Counts a failure; returns how many in a row this client has now had for this address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int failed(String email, String client) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into sign_in_failure (email, client, failures, last_failed_at) values (:email, :client, 1, :now)
                        on conflict (email, client) do update set last_failed_at = :now, failures =
                            case when sign_in_failure.last_failed_at < :forgotten then 1 else sign_in_failure.failures + 1 end
                        returning failures""")
                .param("email", key(email))
                .param("client", client)
                .param("now", Timestamp.from(now))
                .param("forgotten", Timestamp.from(now.minus(FORGOTTEN_AFTER)))
                .query(Integer.class)
                .single();
        if (failures >= FREE_FAILURES) {
            jdbc.sql("update sign_in_failure set waits_until = :until where email = :email and client = :client")
                    .param("until", Timestamp.from(now.plus(waitAfter(failures))))
                    .param("email", key(email))
                    .param("client", client)
                    .update();
        }
        if (failures == 1) {
            jdbc.sql("delete from sign_in_failure where last_failed_at < :old")
                    .param("old", Timestamp.from(now.minus(FORGOTTEN_AFTER)))
                    .update();
        }
        return failures;
    }

    /** The wait after this many failures in a row: one minute after the fifth, doubling, at most an hour. */
    static Duration waitAfter(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 6);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** The client signed in: its count for this address starts again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String email, String client) {
        jdbc.sql("delete from sign_in_failure where email = :email and client = :client")
                .param("email", key(email))
                .param("client", client)
                .update();
    }

    /** The owner proved they read the address's mail (a new password): no client waits for it any longer. */
    @Transactional
    public void forget(String email) {
        jdbc.sql("delete from sign_in_failure where email = :email")
                .param("email", key(email))
                .update();
    }

    private static String key(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return normalised.length() > 200 ? normalised.substring(0, 200) : normalised;
    }
}
