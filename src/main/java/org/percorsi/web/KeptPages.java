package org.percorsi.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.percorsi.shared.events.PublicContentChanged;
import org.percorsi.shared.events.PublicContentChangedElsewhere;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rendered pages both page caches keep ({@link AnonymousPageCache} for visitors, {@link ParticipantPageCache}
 * for signed-in participants, under keys of their own), and how they are served: a fresh page is sent as kept; a
 * page past its time to live is served on while one request renders it anew, so that many people arriving
 * together never all wait for the same slow page; when nothing is kept, one request renders the page and the
 * others arriving meanwhile wait for it.
 *
 * <p>Any change a feature announces (its events) empties the store once the change is committed, and the other
 * nodes' at once through PostgreSQL ({@link PublicContentChangedElsewhere}); a page rendered while a change was
 * committed is not kept. So no page is older than twice the time to live, which also bounds what a change that
 * nothing announced (a phase opening as its date comes) may take.
 */
@Component
class KeptPages {

    /** Sends a kept page to the request being served. */
    interface Sending {
        void send(SharedPages.Page page) throws IOException;
    }

    /**
     * Renders the page for the request being served (and sends it): the page if it was kept, else null. It runs
     * {@code notKeeping} as soon as it knows it will keep nothing (a download), so that nobody waits for it.
     */
    interface Rendering {
        SharedPages.Page render(Runnable notKeeping) throws IOException, ServletException;
    }

    private final Cache<String, SharedPages.Page> pages;
    private final long ttlNanos;
    /** Pages being rendered right now, for the requests that arrive meanwhile. */
    private final ConcurrentHashMap<String, CompletableFuture<SharedPages.Page>> inFlight = new ConcurrentHashMap<>();
    /** Moves on every change: a page rendered while a change was committed is not kept. */
    private final AtomicLong generation = new AtomicLong();

    KeptPages(
            @Value("${percorsi.page-cache.ttl:3s}") Duration ttl,
            @Value("${percorsi.page-cache.max-megabytes:64}") long maxMegabytes) {
        this.ttlNanos = ttl.toNanos();
        this.pages = ttl.isZero() || ttl.isNegative()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(ttl.multipliedBy(2))
                        .maximumWeight(maxMegabytes * 1024 * 1024)
                        .<String, SharedPages.Page>weigher(
                                (key, page) -> page.answer().weight(key.length()))
                        .build();
    }

    boolean enabled() {
        return pages != null;
    }

    /**
     * Serves the page kept under the key if it is one the caller can send ({@code sendable}), else renders it
     * (see the class comment for who renders and who waits).
     */
    void serve(String key, Predicate<SharedPages.Page> sendable, Sending send, Rendering render)
            throws IOException, ServletException {
        var kept = pages.getIfPresent(key);
        if (kept != null && !sendable.test(kept)) {
            kept = null;
        }
        if (kept != null && (kept.fresh(ttlNanos) || !kept.renewing().compareAndSet(false, true))) {
            send.send(kept);
            return;
        }
        var rendering = kept == null ? new CompletableFuture<SharedPages.Page>() : null;
        var leader = rendering == null ? null : inFlight.putIfAbsent(key, rendering);
        if (leader != null) {
            var shared = SharedPages.await(leader);
            if (shared != null && sendable.test(shared)) {
                send.send(shared);
                return;
            }
        }
        Runnable notKeeping = rendering == null || leader != null
                ? () -> {}
                : () -> {
                    inFlight.remove(key, rendering);
                    rendering.complete(null); // the followers render for themselves
                };
        SharedPages.Page stored = null;
        try {
            stored = render.render(notKeeping);
        } finally {
            if (kept != null && stored == null) {
                kept.renewing().set(false);
            }
            if (rendering != null && leader == null) {
                inFlight.remove(key, rendering);
                rendering.complete(stored); // null: the followers render for themselves
            }
        }
    }

    /** The count of changes so far, read before rendering a page to keep. */
    long generation() {
        return generation.get();
    }

    /** Keeps a page rendered since {@code generationBefore}, unless a change was committed meanwhile. */
    boolean keep(String key, SharedPages.Page page, long generationBefore) {
        if (pages != null && generationBefore == generation.get()) {
            pages.put(key, page);
            return true;
        }
        return false;
    }

    /** Empties the store after the transaction that announced a change commits (or at once, without one). */
    @EventListener
    void onChange(PublicContentChanged event) {
        if (pages == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        } else {
            clear();
        }
    }

    /** Another node changed something (or this node could not hear it for a while). */
    @EventListener
    void onChangeElsewhere(PublicContentChangedElsewhere event) {
        clear();
    }

    void clear() {
        if (pages == null) {
            return;
        }
        generation.incrementAndGet();
        pages.invalidateAll();
    }
}
