package org.percorsi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.percorsi.shared.web.FilterOrder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Pages for visitors who are not signed in are the same for all of them, so a
 * rendered page is kept for a few seconds and served again without touching the
 * database: lists and proposal pages stay fast when many people arrive at once.
 *
 * <p>Only requests with no session at all take part (no session cookie, no session),
 * and only complete HTML pages that set no cookie are kept (anything else, a download, goes
 * straight through, see {@link SharedPages#capture}): a page that needed a
 * session (a form's CSRF token) or that belongs to someone is never shared. The key
 * is the address and the language the page is rendered in. How long pages are kept,
 * how they are renewed and emptied on every change: {@link KeptPages}.
 *
 * <p>Runs before Spring Session and Spring Security, so a hit costs no query.
 */
@Component
class AnonymousPageCache extends OncePerRequestFilter implements Ordered {

    private final KeptPages pages;
    private final LocaleResolver locales;

    AnonymousPageCache(KeptPages pages, LocaleResolver locales) {
        this.pages = pages;
        this.locales = locales;
    }

    @Override
    public int getOrder() {
        return FilterOrder.VISITORS_PAGE_CACHE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = pages.enabled() ? keyOf(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        // a participants' page (with holes) is never sent to a visitor; their keys differ anyway
        pages.serve(key, page -> page.holes() == null, page -> page.writeTo(response), notKeeping -> {
            long before = pages.generation();
            var captured = SharedPages.capture(response, true, notKeeping);
            try {
                chain.doFilter(request, captured);
                if (captured.keepable()) {
                    var page = SharedPages.Page.of(captured);
                    return pages.keep(key, page, before) ? page : null;
                }
                return null;
            } finally {
                captured.copyBodyToResponse();
            }
        });
    }

    /** The cache key, or null when this request must be rendered for itself. */
    private String keyOf(HttpServletRequest request) {
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
        return SharedPages.keyOf(request, SharedPages.language(locales.resolveLocale(request)));
    }
}
