package org.percorsi.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.percorsi.shared.events.PublicContentChanged;
import org.percorsi.shared.events.PublicContentChangedElsewhere;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Pages for visitors who are not signed in are the same for all of them, so a
 * rendered page is kept for a few seconds and served again without touching the
 * database: lists and proposal pages stay fast when many people arrive at once.
 *
 * <p>Only requests with no session at all take part (no session cookie, no session),
 * and only complete HTML pages that set no cookie are kept: a page that needed a
 * session (a form's CSRF token) or that belongs to someone is never shared. The key
 * is the address and the visitor's language. Any change a feature announces (its
 * events) empties this node's cache once the change is committed, and the other
 * nodes' at once through PostgreSQL ({@link PublicContentChangedElsewhere}). A page is fresh for the time to live;
 * for as long again, while one request renders it anew, the others still get the
 * previous copy. So no page is older than twice the time to live, which also bounds
 * what a change that nothing announced (a phase opening as its date comes) may take.
 *
 * <p>Runs before Spring Session and Spring Security, so a hit costs no query.
 */
@Component
class AnonymousPageCache extends OncePerRequestFilter implements Ordered {

    /** Before Spring Session's filter (Integer.MIN_VALUE + 50) and Spring Security's (-100). */
    static final int ORDER = Integer.MIN_VALUE + 40;

    private final Cache<String, SharedPages.Page> pages;
    private final long ttlNanos;
    /** Pages being rendered right now, for the requests that arrive meanwhile. */
    private final ConcurrentHashMap<String, CompletableFuture<SharedPages.Page>> inFlight = new ConcurrentHashMap<>();

    /** Moves on every change: a page rendered while a change was committed is not kept. */
    private final AtomicLong generation = new AtomicLong();

    AnonymousPageCache(
            @Value("${percorsi.page-cache.ttl:3s}") Duration ttl,
            @Value("${percorsi.page-cache.max-megabytes:64}") long maxMegabytes) {
        this.ttlNanos = ttl.toNanos();
        this.pages = ttl.isZero() || ttl.isNegative()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(ttl.multipliedBy(2))
                        .maximumWeight(maxMegabytes * 1024 * 1024)
                        .<String, SharedPages.Page>weigher((key, page) -> page.body().length + key.length())
                        .build();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = pages == null ? null : keyOf(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        SharedPages.Page cached = pages.getIfPresent(key);
        // a page past its time to live is served on while one request renders it anew,
        // so that many visitors arriving together never all wait for the same slow page
        if (cached != null && (cached.fresh(ttlNanos) || !cached.renewing().compareAndSet(false, true))) {
            cached.writeTo(response);
            return;
        }
        // nothing to serve: one request renders the page, the others arriving meanwhile wait for it
        // (many visitors at once on a page nobody asked for lately must not all render it)
        var rendering = cached == null ? new CompletableFuture<SharedPages.Page>() : null;
        var leader = rendering == null ? null : inFlight.putIfAbsent(key, rendering);
        if (leader != null) {
            SharedPages.Page shared = SharedPages.await(leader);
            if (shared != null) {
                shared.writeTo(response);
                return;
            }
        }
        long before = generation.get();
        var captured = new ContentCachingResponseWrapper(response);
        SharedPages.Page stored = null;
        try {
            chain.doFilter(request, captured);
            if (before == generation.get() && SharedPages.shareable(captured)) {
                stored = SharedPages.Page.of(captured);
                pages.put(key, stored);
            }
        } finally {
            if (cached != null && stored == null) {
                cached.renewing().set(false);
            }
            if (rendering != null && leader == null) {
                inFlight.remove(key, rendering);
                rendering.complete(stored); // null: the followers render for themselves
            }
            captured.copyBodyToResponse();
        }
    }

    /** Empties the cache after the transaction that announced a change commits (or at once, without one). */
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

    /** A kept page under this key (the participants' cache keeps its pages here too, under keys of its own). */
    SharedPages.Page kept(String key) {
        return pages == null ? null : pages.getIfPresent(key);
    }

    /** The count of changes so far: a page rendered while it moved is not kept. */
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

    boolean enabled() {
        return pages != null;
    }

    long ttlNanos() {
        return ttlNanos;
    }

    void clear() {
        if (pages == null) {
            return;
        }
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    /** The cache key, or null when this request must be rendered for itself. */
    private static String keyOf(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null || request.getSession(false) != null) {
            return null;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("SESSION".equals(cookie.getName())) {
                    return null;
                }
            }
        }
        return SharedPages.keyOf(request, SharedPages.visitorLanguage(request));
    }
}
