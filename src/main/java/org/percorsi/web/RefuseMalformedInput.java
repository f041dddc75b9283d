package org.percorsi.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.percorsi.shared.web.FilterOrder;
import org.percorsi.shared.web.LargeUploadRoute;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Turns away, with a 400 (or 413) that says why, requests whose address or parameters no page of ours
 * sends: control characters such as NUL (which PostgreSQL refuses to store or search, so they used to
 * surface as a 500), parameters the server cannot decode (invalid percent-encoding or UTF-8), and text
 * fields over the connector's size limit in a form with files, and files over {@code percorsi.uploads.max-file-size}
 * (except on the routes that declare a {@link LargeUploadRoute} and check their files themselves).
 *
 * <p>It reads the parameters before any other filter does, so that a parse failure is answered here and
 * not thrown from the middle of Spring Security; on the error page that follows, the request shows no
 * parameters and no parts, since asking for them again would fail again.
 */
@Component
class RefuseMalformedInput extends OncePerRequestFilter implements Ordered {

    private final long maxFileBytes;
    private final List<PathPattern> largeUploadRoutes;

    RefuseMalformedInput(
            @Value("${percorsi.uploads.max-file-size:10MB}") DataSize maxFileSize,
            List<LargeUploadRoute> largeUploads) {
        this.maxFileBytes = maxFileSize.toBytes();
        this.largeUploadRoutes = largeUploads.stream()
                .map(r -> PathPatternParser.defaultInstance.parse(r.pathPattern()))
                .toList();
    }

    @Override
    public int getOrder() {
        return FilterOrder.REFUSE_MALFORMED_INPUT;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(
                    request.getAttribute(BadInput.ATTRIBUTE) == null ? request : withoutParameters(request), response);
            return;
        }
        BadInput wrong = check(request);
        if (wrong != null) {
            wrong.answer(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private BadInput check(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (BadInput.hasControlCharacters(path, false)) {
            return BadInput.CONTROL_CHARACTERS;
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException e) {
            return tooLarge(e) ? BadInput.TOO_LARGE : BadInput.UNREADABLE;
        }
        for (var parameter : parameters.entrySet()) {
            if (BadInput.hasControlCharacters(parameter.getKey(), false)) {
                return BadInput.CONTROL_CHARACTERS;
            }
            for (String value : parameter.getValue()) {
                if (BadInput.hasControlCharacters(value, true)) {
                    return BadInput.CONTROL_CHARACTERS;
                }
            }
        }
        return fileTooLarge(request, path) ? BadInput.TOO_LARGE : null;
    }

    /** A file over the usual limit, on a route that does not check its files' size itself. */
    private boolean fileTooLarge(HttpServletRequest request, String path) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return false;
        }
        PathContainer route = PathContainer.parsePath(path);
        if (largeUploadRoutes.stream().anyMatch(p -> p.matches(route))) {
            return false;
        }
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null && part.getSize() > maxFileBytes) {
                    return true;
                }
            }
        } catch (IOException | ServletException | IllegalStateException unreadable) {
            return false; // the parameters were read: the parts were too, and this cannot happen
        }
        return false;
    }

    /** Tomcat says a size limit was passed with a 413 code or, for parts, only in words. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException invalid
                    && invalid.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                return true;
            }
            if (cause instanceof SizeException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("exceed") && (message.contains("size") || message.contains("limit"))) {
                return true;
            }
        }
        return false;
    }

    private static HttpServletRequest withoutParameters(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public String getContentType() {
                return null; // not a form with files any more: Spring MVC would parse it again
            }

            @Override
            public Collection<Part> getParts() {
                return List.of();
            }
        };
    }
}
