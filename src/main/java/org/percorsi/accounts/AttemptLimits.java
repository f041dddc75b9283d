package org.percorsi.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.percorsi.shared.ratelimit.RateLimiter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits on the forms that attackers hammer: sign-in, registration and
 * password reset, per client address (and per email address for resets). Over
 * the limit the request is refused with HTTP 429 and a page that says to wait.
 * A sign-in for an address this client typed too many wrong passwords for waits
 * too ({@link SignInAttempts}); sign-ins are not limited per email address alone,
 * which would let anyone keep the owner out.
 */
class AttemptLimits extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final SignInAttempts signIns;
    private final int signInPerAddress;
    private final int registrationsPerAddress;
    private final int resetsPerAddress;
    private final int resetsPerEmail;

    AttemptLimits(
            RateLimiter limiter,
            SignInAttempts signIns,
            int signInPerAddress,
            int registrationsPerAddress,
            int resetsPerAddress,
            int resetsPerEmail) {
        this.limiter = limiter;
        this.signIns = signIns;
        this.signInPerAddress = signInPerAddress;
        this.registrationsPerAddress = registrationsPerAddress;
        this.resetsPerAddress = resetsPerAddress;
        this.resetsPerEmail = resetsPerEmail;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String email = normalise(request.getParameter("email"));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean allowed = switch (path) {
            case "/login" -> limiter.tryAcquire("sign-in:ip:" + address, signInPerAddress, Duration.ofMinutes(5));
            case "/register" ->
                limiter.tryAcquire("register:ip:" + address, registrationsPerAddress, Duration.ofHours(1));
            case "/password/forgot" ->
                limiter.tryAcquire("reset:ip:" + address, resetsPerAddress, Duration.ofHours(1))
                        & (email.isEmpty()
                                || limiter.tryAcquire("reset:email:" + email, resetsPerEmail, Duration.ofHours(1)));
            default -> true;
        };
        if (!allowed) {
            response.setHeader("Retry-After", "300");
            response.sendError(429);
            return;
        }
        if ("/login".equals(path) && signIns.mustWait(request)) {
            response.sendRedirect("/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
