package org.percorsi.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every change made through the back office, the account pages and the
 * invitations (any request that is not a read), with the route, its ids, who,
 * from where and whether it succeeded, refused or failed.
 */
@Configuration(proxyBeanMethods = false)
class AuditedRequests implements WebMvcConfigurer, HandlerInterceptor {

    private final AuditLog log;

    AuditedRequests(AuditLog log) {
        this.log = log;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**", "/account/**", "/invitations/**");
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Map<String, String> ids =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        int status = failure instanceof AccessDeniedException
                ? 403
                : failure != null && response.getStatus() < 400 ? 500 : response.getStatus();
        String outcome = status < 400 ? "DONE" : status == 403 ? "DENIED" : status < 500 ? "REFUSED" : "FAILED";
        String actor = request.getUserPrincipal() == null
                ? null
                : request.getUserPrincipal().getName();
        log.record(
                actor,
                request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern),
                ids == null || ids.isEmpty() ? null : new TreeMap<>(ids).toString(),
                outcome,
                request.getRemoteAddr());
    }
}
