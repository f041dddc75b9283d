package org.percorsi.shared.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Where each servlet filter of the platform runs, in one place: a lower number runs first, around the ones after
 * it. What a filter answers by itself (a 304, a kept page) costs none of the filters after it, so the cheap and
 * the general go first and the session and Spring Security, which read the database, last.
 * {@code FilterOrderTest} checks the order in the running application.
 */
public final class FilterOrder {

    /** First of all: every log line of the request, the other filters' included, carries its id. */
    public static final int REQUEST_IDS = Ordered.HIGHEST_PRECEDENCE;

    /**
     * Right after: the management port answers only the metrics and the health endpoint, and the public port never
     * the metrics, before the API, the caches, the session or security are asked anything.
     */
    public static final int MANAGEMENT_PORT_ONLY = Ordered.HIGHEST_PRECEDENCE + 1;

    /**
     * Outside every filter that may read the database (the caches' sessions, the session store): while it cannot
     * be reached, a plain 503 page at once instead of a stack trace.
     */
    public static final int DATABASE_UNAVAILABLE = Ordered.HIGHEST_PRECEDENCE + 2;

    /**
     * The API: after the request id, the database-down page, the character encoding and the metrics' observation
     * (all at {@code HIGHEST_PRECEDENCE} or {@code + 1}), before the page caches, the session and Spring Security:
     * what it answers from memory (a 304, a kept answer) costs none of them, and it needs no session.
     */
    public static final int API = Ordered.HIGHEST_PRECEDENCE + 30;

    /** Before the session and security: a visitor's kept page costs no query. */
    public static final int VISITORS_PAGE_CACHE = Ordered.HIGHEST_PRECEDENCE + 40;

    /**
     * After the visitors' cache (a visitor never reaches it), before the session and the scope in which the
     * session store remembers what it read (at {@code SESSION - 1}, the platform's {@code SessionStoreConfiguration}):
     * it reads the person's session itself, so that a kept page costs no save of the session.
     */
    public static final int PARTICIPANTS_PAGE_CACHE = VISITORS_PAGE_CACHE + 5;

    /** Spring Session's filter (its default, which the platform keeps), for reference: after the caches. */
    public static final int SESSION = SessionRepositoryFilter.DEFAULT_ORDER;

    /** Just around the session's filter: the session is read once per request, however many ask for it. */
    public static final int SESSION_READ_ONCE = SESSION - 1;

    /**
     * After the character encoding filter (parameters are decoded as UTF-8) and before Spring Security: the
     * parameters are read here first, so that a parse failure is answered with a clear 400 and not thrown from
     * the middle of security.
     */
    public static final int REFUSE_MALFORMED_INPUT = Ordered.HIGHEST_PRECEDENCE + 100;

    /** Spring Security's filter chain (Spring Boot's default, which the platform keeps), for reference: last. */
    public static final int SECURITY = SecurityFilterProperties.DEFAULT_FILTER_ORDER;

    private FilterOrder() {}
}
