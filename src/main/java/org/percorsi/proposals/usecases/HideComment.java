package org.percorsi.proposals.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A moderator (or manager, or administrator) hides a comment with a reason shown in its place. */
@Service
public class HideComment {

    private final JdbcClient jdbc;
    private final ProcessPermissions processes;
    private final AccountsApi accounts;

    HideComment(JdbcClient jdbc, ProcessPermissions processes, AccountsApi accounts) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.accounts = accounts;
    }

    @Transactional
    public void handle(long commentId, String reason) {
        long processId = jdbc.sql("select p.process_id from proposal_comment c join proposal p on p.id = c.proposal_id "
                        + "where c.id = :id").param("id", commentId).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        if (!processes.canManage(processId) && !processes.hasRole(processId, ProcessRole.MODERATOR)) {
            throw new AccessDeniedException("Moderators only");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "comments.hideReasonRequired");
        }
        jdbc.sql("update proposal_comment set hidden_at = now(), hidden_reason = :reason, hidden_by = :by where id = :id")
                .param("reason", reason.strip()).param("id", commentId)
                .param("by", accounts.currentAccountId().orElse(null))
                .update();
    }

    public boolean canModerate(long processId) {
        return processes.canManage(processId) || processes.hasRole(processId, ProcessRole.MODERATOR);
    }
}
