package org.percorsi.shared.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request, as far as the features below accounts need to know. */
public final class Caller {

    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private Caller() {}

    public static boolean isAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()));
    }

    /** Refuses (HTTP 403) anyone but a platform administrator. */
    public static void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException("Platform administrators only");
        }
    }
}
