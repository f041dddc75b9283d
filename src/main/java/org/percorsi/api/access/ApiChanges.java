package org.percorsi.api.access;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.percorsi.shared.events.PublicContentChanged;
import org.percorsi.shared.events.PublicContentChangedElsewhere;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A version stamp of everything the API shows, the same on every node: the count of changes held by PostgreSQL
 * (the sequence {@code api_changes}). ETags are made from it before anything is read, so a client asking again
 * with a matching one gets a 304 without a database read, from whichever node answers; the stamp is read from
 * the database once per change, never per request.
 *
 * <p>A change ({@link PublicContentChanged}, reserved content included) moves the count once it is committed, and
 * this node takes the new value as its stamp; the other nodes hear of the change through PostgreSQL
 * ({@link PublicContentChangedElsewhere}) and read the count again. The count moves before that notification is
 * sent (this listener runs first, see {@code ChangesAcrossNodes}), so the value they read is one taken after the
 * change was committed: no answer read before the change is ever kept or validated under it. A node that cannot
 * reach the database when a change comes moves to a stamp of its own (ETags no node gave before) until the count
 * moves past the one it knew.
 */
@Component
public class ApiChanges {

    private static final Logger log = LoggerFactory.getLogger(ApiChanges.class);

    /** The count as this node knows it, and whether its ETags are those of every node (else a mark of its own). */
    private record Stamp(long changes, String text, boolean shared) {

        static Stamp shared(long changes) {
            return new Stamp(changes, Long.toString(changes), true);
        }
    }

    private final JdbcClient jdbc;
    private final String node;
    private final AtomicLong unsharedMoves = new AtomicLong();
    private final AtomicReference<Stamp> current = new AtomicReference<>();

    ApiChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        this.node = HexFormat.of().formatHex(random);
    }

    /** The stamp of the current state (read from the database at the first request, then at each change). */
    public String stamp() {
        var stamp = current.get();
        if (stamp == null) {
            move(false);
            stamp = current.get();
        }
        return stamp.text();
    }

    /** First among this change's listeners: the count moves before {@code ChangesAcrossNodes} tells the others. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(PublicContentChanged change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void afterCommit() {
                    move(true);
                }
            });
        } else {
            move(true);
        }
    }

    @EventListener
    void on(PublicContentChangedElsewhere change) {
        move(false);
    }

    /**
     * Takes the count as the last change left it, or moves it on for a change made here. A node whose stamp is its
     * own moves it on too: it may have missed a change, and only a count taken now is surely taken after it.
     */
    private void move(boolean changedHere) {
        var before = current.get();
        boolean moveOn = changedHere || before != null && !before.shared();
        long changes;
        try {
            changes = moveOn
                    ? jdbc.sql("select nextval('api_changes')")
                            .query(Long.class)
                            .single()
                    : jdbc.sql("select last_value from api_changes")
                            .query(Long.class)
                            .single();
        } catch (DataAccessException e) {
            log.warn(
                    "Could not read the count of changes: the API's ETags are this node's own meanwhile ({})",
                    e.getMessage());
            String mark = node + "-" + unsharedMoves.incrementAndGet();
            current.updateAndGet(stamp -> {
                long known = stamp == null ? 0 : stamp.changes();
                return new Stamp(known, known + "-" + mark, false);
            });
            return;
        }
        // never back to a count read before one taken meanwhile
        current.updateAndGet(stamp -> stamp == null || changes > stamp.changes() ? Stamp.shared(changes) : stamp);
    }
}
