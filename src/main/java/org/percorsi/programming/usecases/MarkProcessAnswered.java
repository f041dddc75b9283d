package org.percorsi.programming.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.FormalAnswerStore;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager declares that the municipality has answered a process's proposals: refused while one of
 * them still waits for its answer (the answers themselves are the proposals module's).
 */
@Service
public class MarkProcessAnswered {

    private final FormalAnswerStore answers;
    private final ProgrammingPermissions permissions;
    private final AccountsApi accounts;
    private final ProposalsApi proposals;

    MarkProcessAnswered(
            FormalAnswerStore answers,
            ProgrammingPermissions permissions,
            AccountsApi accounts,
            ProposalsApi proposals) {
        this.answers = answers;
        this.permissions = permissions;
        this.accounts = accounts;
        this.proposals = proposals;
    }

    @Transactional
    public void handle(long processId) {
        permissions.requireManagerOfProcess(processId);
        int missing = proposals.waitingForAnswer(processId);
        if (missing > 0) {
            throw RuleViolation.global("programming.answer.missing", missing);
        }
        answers.record(processId, accounts.currentAccountId().orElse(null));
    }
}
