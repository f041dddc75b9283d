package org.percorsi.processes.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.processes.domain.ProcessRoles;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator or a manager gives a role in the process to someone who has an account. */
@Service
public class AssignRole {

    private final ProcessRepository processes;
    private final ProcessRoles roles;
    private final AccountsApi accounts;
    private final ProcessPermissions permissions;

    AssignRole(ProcessRepository processes, ProcessRoles roles, AccountsApi accounts, ProcessPermissions permissions) {
        this.processes = processes;
        this.roles = roles;
        this.accounts = accounts;
        this.permissions = permissions;
    }

    @Transactional
    public void handle(long processId, RoleForm form) {
        permissions.requireCanGrant(processId, form.role());
        if (!processes.existsById(processId)) {
            throw new NotFoundException("process " + processId);
        }
        var account = accounts.byEmail(form.email()).orElseThrow(() -> new RuleViolation("email", "team.noAccount"));
        if (!roles.grant(processId, account.id(), form.role())) {
            throw new RuleViolation("role", "team.alreadyHasRole");
        }
    }
}
