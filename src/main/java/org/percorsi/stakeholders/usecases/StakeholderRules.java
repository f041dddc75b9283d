package org.percorsi.stakeholders.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessPermissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The permissions of the stakeholders module, checked once per action in its use cases. The registry of
 * organisations is shared by all processes: the participation office keeps it (administrators and the
 * managers of any process). A process's negotiation table is its managers' (and administrators').
 */
@Component
class StakeholderRules {

    private final ProcessPermissions permissions;
    private final AccountsApi accounts;

    StakeholderRules(ProcessPermissions permissions, AccountsApi accounts) {
        this.permissions = permissions;
        this.accounts = accounts;
    }

    /** Adding, editing and merging organisations and their representatives. */
    void registryKeptByViewer() {
        if (!permissions.managesAny()) {
            throw new AccessDeniedException("The registry of organisations is kept by managers and administrators");
        }
    }

    /** Everything about one process's negotiation table: members, adhesions, referents, sessions, decisions. */
    void tableManagedByViewer(long processId) {
        permissions.requireCanManage(processId);
    }

    /** Whether the signed-in person manages this process's table (asked where a shared action reaches into it). */
    boolean managesTable(long processId) {
        return permissions.canManage(processId);
    }

    /** The signed-in account, recorded as who created, asked or reviewed. */
    long viewer() {
        return accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Signed-in people only"));
    }
}
