package org.percorsi.api.access;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.percorsi.shared.events.PublicContentChanged;
import org.percorsi.shared.events.PublicContentChangedElsewhere;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A version stamp of everything the API shows, as this node heard it: a counter moved by every change
 * ({@link PublicContentChanged}, reserved content included, here after commit or on another node) and a random
 * start mark, so that two nodes never share a stamp. ETags are made from it before anything is read: a client
 * asking again with a matching one gets a 304 without a database read.
 */
@Component
public class ApiChanges {

    private final String start;
    private final AtomicLong generation = new AtomicLong();

    ApiChanges() {
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        this.start = HexFormat.of().formatHex(random);
    }

    @EventListener
    void on(PublicContentChanged change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    generation.incrementAndGet();
                }
            });
        } else {
            generation.incrementAndGet();
        }
    }

    @EventListener
    void on(PublicContentChangedElsewhere change) {
        generation.incrementAndGet();
    }

    /** The stamp of the current state on this node. */
    public String stamp() {
        return start + "-" + generation.get();
    }
}
