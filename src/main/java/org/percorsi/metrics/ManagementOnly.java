package org.percorsi.metrics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import org.percorsi.shared.web.FilterOrder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the two ports apart: the metrics answer only on the management port, and the management port answers
 * only the metrics and the health endpoint (it is no second way into the site). Anything else is a bare 404,
 * before the session, security or the page cache are asked anything.
 */
@Component
class ManagementOnly extends OncePerRequestFilter implements Ordered {

    static final String METRICS = "/actuator/prometheus";
    private static final String HEALTH = "/actuator/health";

    private final ManagementPort port;

    ManagementOnly(ManagementPort port) {
        this.port = port;
    }

    @Override
    public int getOrder() {
        return FilterOrder.MANAGEMENT_PORT_ONLY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the servlet path is decoded and normalised by Tomcat: no encoding or dot segment slips past
        String path = (request.getServletPath() + Objects.toString(request.getPathInfo(), "")).toLowerCase(Locale.ROOT);
        boolean metrics = path.startsWith(METRICS);
        boolean allowed = port.received(request) ? metrics || path.startsWith(HEALTH) : !metrics;
        if (!allowed) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
