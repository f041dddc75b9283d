package org.percorsi.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.percorsi.shared.database.DatabaseUnavailable;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.text.LogSafe;
import org.percorsi.shared.web.FilterOrder;
import org.percorsi.shared.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * While the database cannot be reached, pages answer at once with a plain "try again shortly" (503)
 * instead of a stack trace or a generic error. It sits outside every other filter, the session store
 * included (which fails first), and renders the error page itself without touching the database: the
 * usual error dispatch would go through the session store and fail again.
 */
@Component
class DatabaseUnavailablePage extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePage.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final TemplateEngine templates;
    private final LocaleResolver locales;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    DatabaseUnavailablePage(TemplateEngine templates, LocaleResolver locales) {
        this.templates = templates;
        this.locales = locales;
    }

    @Override
    public int getOrder() {
        return FilterOrder.DATABASE_UNAVAILABLE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            long last = lastLogged.get();
            if (System.nanoTime() - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, System.nanoTime())) {
                // one line, not a stack trace per request, while the outage lasts
                log.warn(
                        "The database cannot be reached: answering 503 ({} {}: {})",
                        request.getMethod(),
                        LogSafe.path(request.getRequestURI()),
                        LogSafe.text(rootMessage(e)));
            }
            log.debug("Database unavailable for {}", LogSafe.path(request.getRequestURI()), e);
            unavailable(request, response);
        }
    }

    static boolean databaseUnavailable(Throwable failure) {
        return DatabaseUnavailable.isCauseOf(failure);
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        String reference = RequestIds.of(request);
        if (reference != null) {
            response.setHeader(RequestIds.HEADER, reference); // reset() cleared it
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        response.setHeader("Cache-Control", "no-store");
        // nothing on the page may need the database: no organisation details, no session, no token
        request.removeAttribute(Site.ATTRIBUTE);
        request.removeAttribute(CsrfToken.class.getName());
        request.removeAttribute("_csrf");
        var previous = RequestContextHolder.getRequestAttributes();
        Locale previousLocale = LocaleContextHolder.getLocale();
        try {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
            LocaleContextHolder.setLocale(locale(request));
            StringOutput page = new StringOutput();
            templates.render(
                    "web/error.jte",
                    reference == null
                            ? Map.of("status", 503, "kind", "unavailable", "reason", "error.unavailable.text")
                            : Map.of(
                                    "status",
                                    503,
                                    "kind",
                                    "unavailable",
                                    "reason",
                                    "error.unavailable.text",
                                    "reference",
                                    reference),
                    page);
            byte[] bytes = page.toString().getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        } finally {
            RequestContextHolder.setRequestAttributes(previous);
            LocaleContextHolder.setLocale(previousLocale);
        }
    }

    private Locale locale(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException e) {
            // without a language chosen, the default comes from the organisation, in the database
            return LanguageChoice.choose(
                            LanguageResolver.chosen(request),
                            request.getHeader("Accept-Language"),
                            EnumSet.allOf(Language.class),
                            Language.ITALIAN)
                    .locale();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
