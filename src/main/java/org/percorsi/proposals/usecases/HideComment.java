package org.percorsi.proposals.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.percorsi.proposals.CommentChanged;
import org.percorsi.proposals.domain.CommentStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A moderator (or manager, or administrator) hides a comment with a reason shown in its place. */
@Service
public class HideComment {

    private final CommentStore comments;
    private final ProcessPermissions processes;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    HideComment(
            CommentStore comments,
            ProcessPermissions processes,
            AccountsApi accounts,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.processes = processes;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public void handle(long commentId, String reason) {
        var place = comments.placeOf(commentId).orElseThrow(() -> new NotFoundException("comment " + commentId));
        if (!canModerate(place.processId())) {
            throw new AccessDeniedException("Moderators only");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "comments.hideReasonRequired");
        }
        comments.hide(commentId, reason.strip(), accounts.currentAccountId().orElse(null));
        events.publishEvent(new CommentChanged(place.proposalId(), commentId, CommentChanged.Change.HIDDEN));
    }

    public boolean canModerate(long processId) {
        return processes.canManage(processId) || processes.hasRole(processId, ProcessRole.MODERATOR);
    }
}
