package org.percorsi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the one a proxy sent in {@code X-Request-Id} when it is well-formed (letters,
 * digits, dot, dash, underscore, colon; 8 to 64 characters), else a new one. It is sent back in the
 * response's {@code X-Request-Id}, put in the logging context ({@code requestId}) so that every log line
 * written for the request carries it, and kept as a request attribute for the error page, which shows it
 * as the reference to quote.
 */
@Component
@Order(FilterOrder.REQUEST_IDS)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    /** The id of this request, or null outside one. */
    public static String of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // the error page is rendered in a dispatch of its own: its log lines keep the id too
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = of(request);
        if (id == null) {
            id = accepted(request.getHeader(HEADER));
            request.setAttribute(ATTRIBUTE, id);
            response.setHeader(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed || isAsyncDispatch(request)) {
                MDC.remove(MDC_KEY);
            }
            // after a failure the id stays for the container's line about it and the error page's dispatch,
            // which removes it; the next request on this thread sets its own before anything is logged
        }
    }

    /** The incoming id when it is safe to copy into logs and headers, else a new one. */
    static String accepted(String incoming) {
        if (incoming != null && WELL_FORMED.matcher(incoming).matches()) {
            return incoming;
        }
        byte[] random = new byte[8];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
