package org.percorsi.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Sends a person whose account must replace its password (see {@code Account#requirePasswordChange}) to the
 * page where they choose a new one, from any page but that one, signing out, static files and error pages.
 * The mark is read from the database with the signed-in account (once per request, shared with the page),
 * so every node and session sees it as soon as it is set or lifted. A page asked for by address is
 * remembered and opened once the password is changed.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/account/password/new";
    private static final List<String> OPEN = List.of(PAGE, "/logout", "/error", "/favicon.ico");
    private static final List<String> OPEN_PREFIXES =
            List.of("/webjars/", "/css/", "/js/", "/img/", "/files/", "/actuator/");

    private final AccountsApi accounts;

    PasswordChangeGate(AccountsApi accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (open(path)
                || !accounts.current()
                        .map(AccountsApi.AccountRef::mustChangePassword)
                        .orElse(false)) {
            chain.doFilter(request, response);
            return;
        }
        boolean htmx = request.getHeader("HX-Request") != null;
        // a form sent or a fragment asked for is not a page to come back to
        String target = "GET".equals(request.getMethod()) && !htmx
                ? PAGE + "?next=" + UriUtils.encodeQueryParam(pathAndQuery(path, request), StandardCharsets.UTF_8)
                : PAGE;
        if (htmx) {
            response.setHeader("HX-Redirect", target); // htmx would otherwise put the page inside a fragment
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    private static boolean open(String path) {
        if (OPEN.contains(path)) {
            return true;
        }
        for (String prefix : OPEN_PREFIXES) { // every request passes here: a loop, not a stream
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String pathAndQuery(String path, HttpServletRequest request) {
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
