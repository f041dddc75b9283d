package org.percorsi.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records sign-ins, failed sign-ins (with the reason) and sign-outs. */
@Component
class AuditedSignIns {

    private final AuditLog log;

    AuditedSignIns(AuditLog log) {
        this.log = log;
    }

    @EventListener
    public void signedIn(AuthenticationSuccessEvent event) {
        log.record(event.getAuthentication().getName(), "SIGN_IN", null, "DONE", address());
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        log.record(
                event.getAuthentication().getName(),
                "SIGN_IN",
                null,
                event.getException().getClass().getSimpleName().replace("Exception", ""),
                address());
    }

    @EventListener
    public void signedOut(LogoutSuccessEvent event) {
        log.record(event.getAuthentication().getName(), "SIGN_OUT", null, "DONE", address());
    }

    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
