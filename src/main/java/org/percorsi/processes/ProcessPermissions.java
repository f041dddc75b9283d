package org.percorsi.processes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.domain.ProcessRoles;
import org.percorsi.shared.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with processes. Every use case and every back-office page asks
 * here: platform administrators may do everything; a process's managers run
 * their own processes; anyone with a role in a process sees its reserved area.
 */
@Component
public class ProcessPermissions {

    private final AccountsApi accounts;
    private final ProcessRoles roles;

    ProcessPermissions(AccountsApi accounts, ProcessRoles roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    public boolean canManage(long processId) {
        if (Caller.isAdmin()) {
            return true;
        }
        return viewer().map(id -> roles.rolesOf(processId, id).contains(ProcessRole.MANAGER))
                .orElse(false);
    }

    public void requireCanManage(long processId) {
        if (!canManage(processId)) {
            throw new AccessDeniedException("Managers of process " + processId + " only");
        }
    }

    /** Creating processes and templates, and naming a process's managers: platform administrators. */
    public void requireCanCreate() {
        Caller.requireAdmin();
    }

    /** Whether the back office has anything for the signed-in person (administrator, or manager of a process). */
    public boolean managesAny() {
        return Caller.isAdmin()
                || viewer().map(id -> !roles.managedBy(id).isEmpty()).orElse(false);
    }

    /**
     * Whether this account holds a role in some process. A person without any (and no administrator) sees
     * every public page exactly as any other such person does, their own parts apart: the pages kept for
     * participants rely on it.
     */
    public boolean holdsAnyRole(long accountId) {
        return roles.holdsAny(accountId);
    }

    /** Naming managers is for administrators; managers add the rest of their team. */
    public void requireCanGrant(long processId, ProcessRole role) {
        if (role == ProcessRole.MANAGER) {
            Caller.requireAdmin();
        } else {
            requireCanManage(processId);
        }
    }

    /** Whether the signed-in person holds one of these roles in the process. */
    public boolean hasRole(long processId, ProcessRole... wanted) {
        return viewer().map(id -> {
                    var held = roles.rolesOf(processId, id);
                    return Arrays.stream(wanted).anyMatch(held::contains);
                })
                .orElse(false);
    }

    /** The processes whose proposals the signed-in person evaluates: as evaluator or manager, or all for administrators. */
    public List<Long> evaluable() {
        if (Caller.isAdmin()) {
            return roles.allProcessIds();
        }
        return viewer().map(id -> roles.withRoles(id, ProcessRole.EVALUATOR, ProcessRole.MANAGER))
                .orElse(List.of());
    }

    public boolean isAdmin() {
        return Caller.isAdmin();
    }

    /** The signed-in account, if any: whose reserved areas open. */
    public Optional<Long> viewer() {
        return accounts.currentAccountId();
    }
}
