package org.percorsi.opendata.datasets;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.percorsi.shared.events.PublicContentChanged;
import org.percorsi.shared.events.PublicContentChangedElsewhere;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When the public record last changed, as this node heard it: every change visitors may see
 * ({@link PublicContentChanged}, here or on another node), and the node's start (what came before is unknown).
 * The datasets' and the catalogue's validators (ETag, Last-Modified) come from it, so that a client asking again
 * with them gets a 304 without a database read until something changed.
 */
@Component
public class OpenDataChanges {

    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Instant lastChange;

    OpenDataChanges(Clock clock) {
        this.clock = clock;
        this.lastChange = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    @EventListener
    void on(PublicContentChanged change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changed();
                }
            });
        } else {
            changed();
        }
    }

    @EventListener
    void on(PublicContentChangedElsewhere change) {
        changed();
    }

    private void changed() {
        generation.incrementAndGet();
        lastChange = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The last change, to the second (the precision of Last-Modified). */
    public Instant lastChange() {
        return lastChange;
    }

    /** A strong validator of the current state of what a dataset {@code name} shows, for this node. */
    public String etag(String name) {
        return "\"" + name + "-" + lastChange.getEpochSecond() + "-" + generation.get() + "\"";
    }
}
