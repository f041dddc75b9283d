package org.percorsi.api.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.TreeSet;
import org.percorsi.shared.security.OneTimeSecrets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every request under {@code /api/} goes through before any controller, in this order: CORS (reads from any
 * origin, no credentials; preflights answered here), methods (only reads: anything else is a 405 problem), the
 * bearer token (unknown or revoked: 401 problem), the rate limit (429 problem with {@code Retry-After}), and the
 * conditional request: the ETag is made from the version stamp ({@link ApiChanges}), the caller's area and the
 * address asked for, so a matching {@code If-None-Match} is answered 304 before anything is read or rendered,
 * and an answer already given under that ETag is sent again as it was ({@link KeptAnswers}).
 */
class ApiRequests extends OncePerRequestFilter {

    static final String ETAG = ApiRequests.class.getName() + ".etag";

    private final ApiTokens tokens;
    private final ApiRateLimit rateLimit;
    private final ApiChanges changes;
    private final ApiProblemWriter problems;
    private final KeptAnswers kept = new KeptAnswers();

    ApiRequests(ApiTokens tokens, ApiRateLimit rateLimit, ApiChanges changes, ApiProblemWriter problems) {
        this.tokens = tokens;
        this.rateLimit = rateLimit;
        this.changes = changes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag, Retry-After");
        response.setHeader(HttpHeaders.VARY, "Authorization");
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Authorization, If-None-Match, Accept, Accept-Language");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
            problems.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, "methodNotAllowed");
            return;
        }
        Optional<ApiCaller> caller = caller(request);
        if (caller.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "badToken");
            return;
        }
        long retryAfter = rateLimit.acquire(caller.get().clientKey());
        if (retryAfter > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests");
            return;
        }
        String etag = etag(request, caller.get());
        response.setHeader(
                HttpHeaders.CACHE_CONTROL, caller.get().tokenId() == null ? "no-cache" : "private, no-cache");
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        request.setAttribute(ApiCaller.ATTRIBUTE, caller.get());
        request.setAttribute(ETAG, etag);
        kept.serve(etag, request, response, chain);
    }

    /** A visitor without a token; empty for a token that is malformed, unknown or revoked. */
    private Optional<ApiCaller> caller(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return Optional.of(ApiCaller.visitor(request.getRemoteAddr()));
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.length() > 200
                || authorization.substring(7).isBlank()) {
            return Optional.empty();
        }
        return tokens.caller(authorization.substring(7).strip());
    }

    /** Strong: the same stamp, area and address give the same bytes. */
    private String etag(HttpServletRequest request, ApiCaller caller) {
        String key = changes.stamp() + "|" + new TreeSet<>(caller.area()) + "|" + request.getRequestURI() + "?"
                + (request.getQueryString() == null ? "" : request.getQueryString());
        return "\""
                + OneTimeSecrets.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
