package org.percorsi.processes;

import org.percorsi.shared.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may do what with processes. Every use case and every back-office page asks
 * here. For now the back office is for platform administrators; process
 * managers come with the accounts feature.
 */
@Component
public class ProcessPermissions {

    public boolean canManage(long processId) {
        return Caller.isAdmin();
    }

    public void requireCanManage(long processId) {
        Caller.requireAdmin();
    }

    /** Creating processes and templates: platform administrators. */
    public void requireCanCreate() {
        Caller.requireAdmin();
    }
}
