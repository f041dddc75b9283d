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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private static final int MAX_PAGE_BYTES = 1024 * 1024;
    private static final Set<String> NOT_REPLAYED =
            Set.of("set-cookie", "date", "content-length", "transfer-encoding", "content-type");
    private static final List<String> UNCACHED_PREFIXES = List.of(
            "/webjars/",
            "/css/",
            "/js/",
            "/img/",
            "/files/",
            "/actuator",
            "/login",
            "/logout",
            "/register",
            "/account",
            "/admin",
            "/evaluation",
            "/notifications");

    private final Cache<String, Page> pages;
    private final long ttlNanos;
    /** Pages being rendered right now, for the requests that arrive meanwhile. */
    private final ConcurrentHashMap<String, CompletableFuture<Page>> inFlight = new ConcurrentHashMap<>();

    private static final int WAIT_FOR_RENDER_SECONDS = 5;
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
                        .<String, Page>weigher((key, page) -> page.body().length + key.length())
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
        Page cached = pages.getIfPresent(key);
        // a page past its time to live is served on while one request renders it anew,
        // so that many visitors arriving together never all wait for the same slow page
        if (cached != null && (cached.fresh(ttlNanos) || !cached.renewing.compareAndSet(false, true))) {
            cached.writeTo(response);
            return;
        }
        // nothing to serve: one request renders the page, the others arriving meanwhile wait for it
        // (many visitors at once on a page nobody asked for lately must not all render it)
        var rendering = cached == null ? new CompletableFuture<Page>() : null;
        var leader = rendering == null ? null : inFlight.putIfAbsent(key, rendering);
        if (leader != null) {
            Page shared = await(leader);
            if (shared != null) {
                shared.writeTo(response);
                return;
            }
        }
        long before = generation.get();
        var captured = new ContentCachingResponseWrapper(response);
        Page stored = null;
        try {
            chain.doFilter(request, captured);
            if (before == generation.get() && shareable(captured)) {
                stored = Page.of(captured);
                pages.put(key, stored);
            }
        } finally {
            if (cached != null && stored == null) {
                cached.renewing.set(false);
            }
            if (rendering != null && leader == null) {
                inFlight.remove(key, rendering);
                rendering.complete(stored); // null: the followers render for themselves
            }
            captured.copyBodyToResponse();
        }
    }

    /** The page another request is rendering, or null if it takes too long or turns out not to be shareable. */
    private static Page await(CompletableFuture<Page> rendering) {
        try {
            return rendering.get(WAIT_FOR_RENDER_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
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

    void clear() {
        if (pages == null) {
            return;
        }
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    /** The cache key, or null when this request must be rendered for itself. */
    private static String keyOf(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getHeader("Authorization") != null
                || request.getSession(false) != null) {
            return null;
        }
        String path = request.getRequestURI();
        for (String prefix : UNCACHED_PREFIXES) {
            if (path.startsWith(prefix)) {
                return null;
            }
        }
        // the parameters as the application reads them (not the raw query string), in their order
        var key = new StringBuilder(path);
        for (var parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (name.equals("lang")
                    || name.equals("sort") && List.of(parameter.getValue()).contains("RANDOM")) {
                return null; // the language switch sets a cookie; a random order is the visitor's own
            }
            for (String value : parameter.getValue()) {
                key.append(key.length() == path.length() ? '?' : '&')
                        .append(name)
                        .append('=')
                        .append(value);
            }
        }
        String language = "";
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("SESSION".equals(cookie.getName())) {
                    return null;
                }
                if ("percorsi-lang".equals(cookie.getName())) {
                    language = cookie.getValue();
                }
            }
        }
        if (language.isEmpty()) {
            language = browserLanguage(request.getHeader("Accept-Language"));
        }
        return language + '|' + (request.getHeader("HX-Request") != null ? "hx|" : "") + key;
    }

    /** Which of our two languages the browser prefers first, as the language resolver reads it. */
    private static String browserLanguage(String acceptLanguage) {
        if (acceptLanguage == null) {
            return "";
        }
        int it = indexOfLanguage(acceptLanguage, "it");
        int en = indexOfLanguage(acceptLanguage, "en");
        if (it < 0 && en < 0) {
            return "";
        }
        if (it < 0) {
            return "en";
        }
        return en < 0 || it < en ? "it" : "en";
    }

    private static int indexOfLanguage(String acceptLanguage, String language) {
        var ranges = Locale.LanguageRange.parse(acceptLanguage);
        for (int i = 0; i < ranges.size(); i++) {
            String range = ranges.get(i).getRange();
            if (range.equals(language) || range.startsWith(language + "-")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean shareable(ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        return response.getStatus() == 200
                && type != null
                && type.startsWith("text/html")
                && response.getHeaders("Set-Cookie").isEmpty()
                && response.getContentSize() <= MAX_PAGE_BYTES;
    }

    private record Page(
            String contentType, List<String[]> headers, byte[] body, long storedAt, AtomicBoolean renewing) {

        boolean fresh(long ttlNanos) {
            return System.nanoTime() - storedAt < ttlNanos;
        }

        static Page of(ContentCachingResponseWrapper response) {
            List<String[]> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                    for (String value : response.getHeaders(name)) {
                        headers.add(new String[] {name, value});
                    }
                }
            }
            return new Page(
                    response.getContentType(),
                    List.copyOf(headers),
                    response.getContentAsByteArray(),
                    System.nanoTime(),
                    new AtomicBoolean());
        }

        void writeTo(HttpServletResponse response) throws IOException {
            response.setStatus(200);
            for (String[] header : headers) {
                response.addHeader(header[0], header[1]);
            }
            response.setContentType(contentType);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
