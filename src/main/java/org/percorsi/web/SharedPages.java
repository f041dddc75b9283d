package org.percorsi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.percorsi.shared.web.AnswerCapture;
import org.percorsi.shared.web.KeptAnswer;

/**
 * What the two page caches share: which requests may be served from a kept page and under which key
 * (address, parameters, language), which answers may be kept (complete HTML pages: {@link #capture}), and a kept
 * page.
 * {@link AnonymousPageCache} keeps pages for visitors, {@link ParticipantPageCache} for signed-in participants,
 * both in {@link KeptPages}.
 */
final class SharedPages {

    static final int MAX_PAGE_BYTES = 1024 * 1024;
    private static final int WAIT_FOR_RENDER_SECONDS = 5;
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

    private SharedPages() {}

    /**
     * The key of a page: language, whether htmx asks for a part, address and parameters as the application reads
     * them (not the raw query string), in their order; null when the request must be rendered for itself.
     */
    static String keyOf(HttpServletRequest request, String language) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI();
        for (String prefix : UNCACHED_PREFIXES) {
            if (path.startsWith(prefix)) {
                return null;
            }
        }
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
        return language + '|' + (request.getHeader("HX-Request") != null ? "hx|" : "") + key;
    }

    /**
     * The language part of a key: the language the page is rendered in, as the language resolver decides it for
     * the request (so that a key never holds a page in another language, whatever the cookie or browser says).
     */
    static String language(Locale locale) {
        return locale.toLanguageTag();
    }

    /** The page another request is rendering, or null if it takes too long or turns out not to be shareable. */
    static Page await(CompletableFuture<Page> rendering) {
        try {
            return rendering.get(WAIT_FOR_RENDER_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /**
     * The answer about to be rendered, held so that it can be kept if it is a complete HTML page that sets no cookie
     * and is not too large; anything else goes straight through (see {@link AnswerCapture}).
     */
    static AnswerCapture capture(HttpServletResponse response, boolean letLargePagesGo, Runnable notKeeping) {
        return new AnswerCapture(
                response, type -> type.startsWith("text/html"), MAX_PAGE_BYTES, letLargePagesGo, notKeeping);
    }

    /** A kept page: the answer as rendered, when it was kept, and its holes if it is a participants' page. */
    record Page(KeptAnswer answer, long storedAt, AtomicBoolean renewing, PageWithHoles holes) {

        byte[] body() {
            return answer.body();
        }

        boolean fresh(long ttlNanos) {
            return System.nanoTime() - storedAt < ttlNanos;
        }

        static Page of(AnswerCapture captured) {
            return new Page(KeptAnswer.of(captured), System.nanoTime(), new AtomicBoolean(), null);
        }

        /** The same page, its holes found once (a participants' page, see {@link PageWithHoles}). */
        Page withHoles(String holePrefix) {
            return new Page(answer, storedAt, renewing, PageWithHoles.of(answer.body(), holePrefix));
        }

        /** Status and headers as kept; the body is the caller's (the page as kept, or with its holes filled). */
        void writeHead(HttpServletResponse response, int length) {
            answer.writeHead(response, length);
        }

        void writeTo(HttpServletResponse response) throws IOException {
            answer.writeTo(response);
        }
    }
}
