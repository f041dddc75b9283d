package org.percorsi.proposals;

import java.util.List;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.accounts.AccountsApi.AccountRef;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with proposals: participants with the verification level the
 * phase requires create and support; evaluators, managers and administrators answer.
 */
@Component
public class ProposalPermissions {

    private final AccountsApi accounts;
    private final ProcessPermissions processes;

    ProposalPermissions(AccountsApi accounts, ProcessPermissions processes) {
        this.accounts = accounts;
        this.processes = processes;
    }

    /** The signed-in participant, at least at the level required; refuses anyone else with a reason. */
    public AccountRef requireParticipant(VerificationLevel required) {
        AccountRef account = accounts.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        if (!account.verification().atLeast(required)) {
            throw RuleViolation.global("proposals.level." + required.name());
        }
        return account;
    }

    public boolean canEvaluate(long processId) {
        return processes.canManage(processId) || processes.hasRole(processId, ProcessRole.EVALUATOR);
    }

    /** Only a proposal's author acts on it as its author (withdraws it); returns their account id. */
    public long requireAuthor(Long authorId) {
        long me = accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        if (authorId == null || authorId != me) {
            throw new AccessDeniedException("Only the author");
        }
        return me;
    }

    public long requireEvaluator(long processId) {
        if (!canEvaluate(processId)) {
            throw new AccessDeniedException("Evaluators of process " + processId + " only");
        }
        return accounts.currentAccountId().orElse(-1L);
    }

    /** Facilitators (and managers, administrators) enter proposals collected on paper. */
    public boolean canEnterFromPaper(long processId) {
        return processes.canManage(processId) || processes.hasRole(processId, ProcessRole.FACILITATOR);
    }

    /** The facilitator's account, or null for work done by the platform itself (no account to name). */
    public Long requireFacilitatorId(long processId) {
        requireFacilitator(processId);
        return accounts.currentAccountId().orElse(null);
    }

    public void requireFacilitator(long processId) {
        if (!canEnterFromPaper(processId)) {
            throw new AccessDeniedException("Facilitators of process " + processId + " only");
        }
    }

    /** The processes whose proposals the signed-in person may evaluate (all, for administrators). */
    public List<Long> evaluable() {
        return processes.evaluable();
    }

    /** Managers of the process (and administrators): they carry proposals into the municipality's programming. */
    public boolean canManage(long processId) {
        return processes.canManage(processId);
    }

    public void requireManager(long processId) {
        processes.requireCanManage(processId);
    }
}
