package org.percorsi.api.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The API's successful answers kept by their ETag. The ETag already names the bytes (the version stamp, the
 * caller's area and the address: {@link ApiRequests}), so an answer kept under it stays right until the stamp
 * moves, and a client without {@code If-None-Match} asking what another asked before is answered without a
 * database read or serialisation. A stamp only moves after a commit, so an answer read while a change commits
 * is kept under the stamp before it, which no request asks for once the change is seen.
 */
final class KeptAnswers {

    /** Answers larger than this are sent, not kept. */
    private static final int LARGEST = 1 << 20;

    private record Answer(String contentType, byte[] body) {}

    private final Cache<String, Answer> answers = Caffeine.newBuilder()
            .maximumWeight(64L << 20)
            .<String, Answer>weigher((etag, answer) -> answer.body().length + etag.length())
            .build();

    /** Sends the answer kept under this ETag, or runs the chain and keeps its answer if it is a 200 worth keeping. */
    void serve(String etag, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean get = request.getMethod().equals("GET");
        var kept = get ? answers.getIfPresent(etag) : null;
        if (kept != null) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setContentType(kept.contentType());
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        if (!get) {
            chain.doFilter(request, response);
            return;
        }
        var captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        if (captured.getStatus() == HttpServletResponse.SC_OK
                && etag.equals(captured.getHeader(HttpHeaders.ETAG))
                && captured.getContentType() != null
                && captured.getContentSize() <= LARGEST) {
            answers.put(etag, new Answer(captured.getContentType(), captured.getContentAsByteArray()));
        }
        captured.copyBodyToResponse();
    }
}
