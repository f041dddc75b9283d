package org.percorsi.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/**
 * Records the requests the security filter refuses before they reach a page
 * (e.g. a participant posting to the back office): access-control failures
 * belong in the audit log too.
 */
@Configuration(proxyBeanMethods = false)
class AuditedDenials {

    private final AuditLog log;

    AuditedDenials(AuditLog log) {
        this.log = log;
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    public void denied(AuthorizationDeniedEvent<?> event) {
        if (!(event.getObject() instanceof HttpServletRequest request)) {
            return;
        }
        var auth = event.getAuthentication().get();
        String actor = auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())
                ? null
                : auth.getName();
        log.record(actor, request.getMethod() + " " + request.getRequestURI(), null, "DENIED", request.getRemoteAddr());
    }
}
