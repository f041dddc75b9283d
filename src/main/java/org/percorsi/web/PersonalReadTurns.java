package org.percorsi.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The database work of a kept page served to a signed-in participant ({@link ParticipantPageCache}: reading their
 * session, recording their visit in it once a minute, reading their own parts) done by a few requests at a time,
 * the others waiting their turn in the order they came.
 *
 * <p>Why: those reads are two short statements, but a busy moment brings dozens of such requests at once; each
 * took a pooled connection, PostgreSQL ran as many backends as the pool holds on a machine with two cores, and the
 * operating system and the pool's unordered hand-off left a few requests waiting ten times as long as the median
 * (`bench/README.md`: p99 107 ms against 41–52 ms taking turns, for the same throughput). As many at once as the
 * machine has cores keeps PostgreSQL and the platform busy without queueing inside them.
 *
 * <p>A request that waited as long as the pool would let it wait for a connection goes on without its turn (the
 * database down, a read stuck): never worse than without turns.
 */
@Component
class PersonalReadTurns {

    private final Semaphore turns;
    private final long longestWaitNanos;

    PersonalReadTurns(
            @Value("${percorsi.page-cache.participants-reading-at-once:0}") int atOnce,
            @Value("${spring.datasource.hikari.connection-timeout:2000}") long connectionTimeoutMillis) {
        this.turns = new Semaphore(atOnce > 0 ? atOnce : Runtime.getRuntime().availableProcessors(), true);
        this.longestWaitNanos = Duration.ofMillis(connectionTimeoutMillis).toNanos();
    }

    /** How many requests wait for their turn now. */
    int waiting() {
        return turns.getQueueLength();
    }

    /** How many could start their reads at once now. */
    int free() {
        return turns.availablePermits();
    }

    /** Runs the reads in their turn. */
    <T> T inTurn(Supplier<T> reads) {
        boolean turn;
        try {
            turn = turns.tryAcquire(longestWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        try {
            return reads.get();
        } finally {
            if (turn) {
                turns.release();
            }
        }
    }
}
