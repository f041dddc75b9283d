package org.percorsi.stakeholders.usecases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.GiveUpRole;
import org.percorsi.processes.usecases.RevokeRole;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.stakeholders.domain.TableMemberStore;
import org.springframework.stereotype.Component;

/**
 * The reserved area a membership opens: the representatives' accounts get the process role NEGOTIATION_TABLE when
 * their organisation is accepted, and lose it when it leaves (unless they still represent another member). The
 * processes module's own use cases grant and revoke, with their permission check (the process's managers; a
 * representative may only give up their own role); the role is asked first, so that a role already held (or
 * already gone) does not make them refuse.
 */
@Component
class TableAccess {

    private static final ProcessRole ROLE = ProcessRole.NEGOTIATION_TABLE;

    private final StakeholderRules rules;
    private final TableMemberStore members;
    private final AccountsApi accounts;
    private final AssignRole assign;
    private final RevokeRole revoke;
    private final GiveUpRole giveUp;

    TableAccess(
            StakeholderRules rules,
            TableMemberStore members,
            AccountsApi accounts,
            AssignRole assign,
            RevokeRole revoke,
            GiveUpRole giveUp) {
        this.rules = rules;
        this.members = members;
        this.accounts = accounts;
        this.assign = assign;
        this.revoke = revoke;
        this.giveUp = giveUp;
    }

    void open(long processId, long organisationId, LocalDate today) {
        List<Long> representatives = members.representativeAccounts(organisationId, today);
        List<Long> holding = members.holdingRole(processId, ROLE.name(), representatives);
        List<Long> missing = new ArrayList<>(representatives);
        missing.removeAll(holding);
        // an account that cannot sign in (blocked, deleted) gets nothing: assigning would be refused
        accounts.byIds(missing).values().stream()
                .filter(AccountsApi.AccountRef::active)
                .forEach(account -> assign.handle(processId, new RoleForm(account.email(), ROLE)));
    }

    /** Closes the area to the representatives, who may act for the organisation no longer. */
    void close(long processId, long organisationId, LocalDate today) {
        List<Long> representatives = new ArrayList<>(members.representativeAccounts(organisationId, today));
        representatives.removeAll(
                members.stillRepresentingAnotherMember(processId, organisationId, representatives, today));
        for (long account : members.holdingRole(processId, ROLE.name(), representatives)) {
            revoke.handle(processId, account, ROLE);
        }
    }

    /**
     * A representative added or linked to an account in the registry: the tables where the organisation is a
     * member and the person acting manages them open to them now; the others mark the member for their managers.
     */
    void openWhereManaged(long organisationId, LocalDate today) {
        for (long processId : members.processesWhereAccepted(organisationId)) {
            if (rules.managesTable(processId)) {
                open(processId, organisationId, today);
            }
        }
    }

    /**
     * The representative who withdrew their organisation gives up their own role (other representatives keep
     * theirs until a manager closes the area: only managers take back someone else's role).
     */
    void leave(long processId, long organisationId, long representative, LocalDate today) {
        if (members.stillRepresentingAnotherMember(processId, organisationId, List.of(representative), today)
                .isEmpty()) {
            giveUp.handle(processId, ROLE);
        }
    }
}
