package org.percorsi.proposals.usecases;

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

    HideComment(JdbcClient jdbc, ProcessPermissions processes) {
        this.jdbc = jdbc;
        this.processes = processes;
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
        jdbc.sql("update proposal_comment set hidden_at = now(), hidden_reason = :reason, hidden_by = "
                        + "(select id from account where lower(email) = lower(:who)) where id = :id")
                .param("reason", reason.strip()).param("id", commentId)
                .param("who", org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication().getName())
                .update();
    }

    public boolean canModerate(long processId) {
        return processes.canManage(processId) || processes.hasRole(processId, ProcessRole.MODERATOR);
    }
}
