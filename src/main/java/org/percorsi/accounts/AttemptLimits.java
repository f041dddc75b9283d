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
 * password reset, per client address and per email address. Over the limit the
 * request is refused with HTTP 429 and a page that says to wait.
 */
class AttemptLimits extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final int signInPerAddress;
    private final int signInPerEmail;
    private final int registrationsPerAddress;
    private final int resetsPerAddress;
    private final int resetsPerEmail;

    AttemptLimits(RateLimiter limiter, int signInPerAddress, int signInPerEmail, int registrationsPerAddress,
            int resetsPerAddress, int resetsPerEmail) {
        this.limiter = limiter;
        this.signInPerAddress = signInPerAddress;
        this.signInPerEmail = signInPerEmail;
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
            case "/login" -> limiter.tryAcquire("sign-in:ip:" + address, signInPerAddress, Duration.ofMinutes(5))
                    & (email.isEmpty() || limiter.tryAcquire("sign-in:email:" + email, signInPerEmail, Duration.ofMinutes(5)));
            case "/register" -> limiter.tryAcquire("register:ip:" + address, registrationsPerAddress, Duration.ofHours(1));
            case "/password/forgot" -> limiter.tryAcquire("reset:ip:" + address, resetsPerAddress, Duration.ofHours(1))
                    & (email.isEmpty() || limiter.tryAcquire("reset:email:" + email, resetsPerEmail, Duration.ofHours(1)));
            default -> true;
        };
        if (!allowed) {
            response.setHeader("Retry-After", "300");
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
