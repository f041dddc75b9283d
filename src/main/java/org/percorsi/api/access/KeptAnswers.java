package org.percorsi.api.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.percorsi.shared.web.AnswerCapture;
import org.percorsi.shared.web.KeptAnswer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The API's successful answers kept by their ETag. The ETag already names the bytes (the version stamp, the
 * caller's area and the address: {@link ApiRequests}), so an answer kept under it stays right until the stamp
 * moves, and a client without {@code If-None-Match} asking what another asked before is answered without a
 * database read or serialisation (if it accepts the answer's type: the ETag does not name the type asked). A stamp only moves after a commit, so an answer read while a change commits
 * is kept under the stamp before it, which no request asks for once the change is seen. Captured and sent again
 * as the page caches' pages are ({@link AnswerCapture}, {@link KeptAnswer}); unlike them, nothing is ever emptied:
 * answers under stamps gone by are simply no longer asked for, and make room for others.
 */
final class KeptAnswers {

    /** Answers larger than this are sent as they are written, not kept. */
    private static final int LARGEST = 1 << 20;

    private final Cache<String, KeptAnswer> answers = Caffeine.newBuilder()
            .maximumWeight(64L << 20)
            .<String, KeptAnswer>weigher((etag, answer) -> answer.weight(etag.length()))
            .build();

    /** Whether the client accepts an answer of this type (else the controllers answer it: a 406 problem). */
    private static boolean accepted(HttpServletRequest request, String type) {
        if (request.getHeader(HttpHeaders.ACCEPT) == null) {
            return true;
        }
        try {
            MediaType kept = MediaType.parseMediaType(type);
            return MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT))).stream()
                    .anyMatch(accepted -> accepted.isCompatibleWith(kept));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** Sends the answer kept under this ETag, or runs the chain and keeps its answer if it is a 200 worth keeping. */
    void serve(String etag, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean get = request.getMethod().equals("GET");
        var kept = get ? answers.getIfPresent(etag) : null;
        if (kept != null && accepted(request, kept.contentType())) {
            kept.writeTo(response);
            return;
        }
        if (!get) {
            chain.doFilter(request, response);
            return;
        }
        var captured = new AnswerCapture(response, type -> true, LARGEST, true, () -> {});
        chain.doFilter(request, captured);
        if (captured.keepable() && etag.equals(captured.getHeader(HttpHeaders.ETAG))) {
            answers.put(etag, KeptAnswer.of(captured));
        }
        captured.copyBodyToResponse();
    }
}
