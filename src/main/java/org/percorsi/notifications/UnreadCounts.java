package org.percorsi.notifications;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many notifications each person has not read, as every page's header shows it: kept for a few seconds so
 * that a page served from the participants' cache asks the database nothing for it. A notification added or
 * read on this node forgets the person's count once committed; on another node the count may lag behind by
 * at most {@link #KEPT_FOR}, as a badge may.
 */
@Component
class UnreadCounts {

    static final Duration KEPT_FOR = Duration.ofSeconds(10);

    private final Cache<Long, Long> counts = Caffeine.newBuilder()
            .expireAfterWrite(KEPT_FOR)
            .maximumSize(100_000)
            .build();

    long of(long accountId, LongSupplier count) {
        return counts.get(accountId, id -> count.getAsLong());
    }

    /** The person's notifications changed: their count is read again once this transaction commits. */
    void changed(long accountId) {
        counts.invalidate(accountId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    counts.invalidate(accountId);
                }
            });
        }
    }
}
