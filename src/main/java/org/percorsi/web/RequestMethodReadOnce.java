package org.percorsi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands Spring MVC a request that knows its method without asking the filters' wrappers.
 *
 * <p>Why: to find the controller, Spring MVC asks the request for its method once for every mapping a path
 * could match (several hundred here), and each time the question travels through a dozen wrappers (the
 * session's, Spring Security's firewall and context, ...). Measured under a storm of supports, that walk
 * was a twentieth of each request's time. The method cannot change once the filters are done, so the
 * last filter reads it once.
 */
@Component
class RequestMethodReadOnce extends OncePerRequestFilter implements Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after every filter that may wrap the request
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getMethod() {
                        return method;
                    }
                },
                response);
    }
}
