package org.percorsi.proposals.usecases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.ApplicationEventPublisher;
import org.percorsi.proposals.CommentAdded;

/**
 * Participants comment on a proposal (or reply to a comment: two levels), edit
 * their own comment for 15 minutes, and report comments to the moderators.
 */
@Service
public class CommentOnProposal {

    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final ProposalStore store;
    private final ProcessesApi processes;
    private final ProposalPermissions permissions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentOnProposal(JdbcClient jdbc, ProposalStore store, ProcessesApi processes, ProposalPermissions permissions,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.store = store;
        this.processes = processes;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional
    public long comment(long proposalId, CommentForm form) {
        var head = store.lock(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        processes.visibleById(head.processId()).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        var settings = store.participation(head.phaseId());
        var author = permissions.requireParticipant(settings.levelToComment());
        if (!settings.commentsEnabled()) {
            throw RuleViolation.global("comments.off");
        }
        if (form.parentId() != null) {
            var parent = jdbc.sql("select parent_id is null as top from proposal_comment where id = :id and proposal_id = :p")
                    .param("id", form.parentId()).param("p", proposalId).query(Boolean.class).optional()
                    .orElseThrow(() -> new RuleViolation("parentId", "comments.parentUnknown"));
            if (!parent) {
                throw new RuleViolation("parentId", "comments.tooDeep");
            }
        }
        String body = sanitizedBody(form.body());
        long id = jdbc.sql("insert into proposal_comment (proposal_id, parent_id, author_id, stance, body_html) "
                        + "values (:p, :parent, :author, :stance, :body) returning id")
                .param("p", proposalId).param("parent", form.parentId()).param("author", author.id())
                .param("stance", form.stance().name()).param("body", body).query(Long.class).single();
        events.publishEvent(new CommentAdded(proposalId, id, author.id()));
        return id;
    }

    /**
     * Why the viewer could not comment on this proposal now, by the same checks as {@link #comment}: the page
     * then says so instead of offering a form that would be refused. Empty when they may, or when all that is
     * missing is signing in.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<RuleViolation> whyNot(long proposalId) {
        var head = store.head(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        var settings = store.participation(head.phaseId());
        if (!settings.commentsEnabled()) {
            return java.util.Optional.of(RuleViolation.global("comments.off"));
        }
        try {
            permissions.requireParticipant(settings.levelToComment());
            return java.util.Optional.empty();
        } catch (RuleViolation refused) {
            return java.util.Optional.of(refused);
        } catch (org.springframework.security.access.AccessDeniedException notSignedIn) {
            return java.util.Optional.empty();
        }
    }

    private record Written(Long authorId, Instant createdAt, boolean hidden) {
    }

    @Transactional
    public void edit(long commentId, String newBody) {
        var author = permissions.requireParticipant(org.percorsi.accounts.VerificationLevel.UNVERIFIED);
        var comment = jdbc.sql("select author_id, created_at, hidden_at is not null as hidden from proposal_comment "
                        + "where id = :id for update")
                .param("id", commentId)
                .query((rs, n) -> new Written((Long) rs.getObject("author_id"), rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("hidden")))
                .optional().orElseThrow(() -> new NotFoundException("comment " + commentId));
        if (!Long.valueOf(author.id()).equals(comment.authorId())) {
            throw new org.springframework.security.access.AccessDeniedException("Only the author edits a comment");
        }
        if (comment.hidden()) {
            throw RuleViolation.global("comments.hiddenCannotEdit");
        }
        if (comment.createdAt().plus(EDIT_WINDOW).isBefore(clock.instant())) {
            throw RuleViolation.global("comments.editWindowOver", EDIT_WINDOW.toMinutes());
        }
        jdbc.sql("update proposal_comment set body_html = :body, edited_at = now() where id = :id")
                .param("body", sanitizedBody(newBody)).param("id", commentId).update();
    }

    private record CommentPlace(long processId, long phaseId) {
    }

    /**
     * A report of a comment of this proposal. A comment of another proposal, or of a proposal in a process
     * or phase hidden from the reporter, is answered as a missing one: the answer tells nothing of what exists.
     */
    @Transactional
    public void report(long proposalId, long commentId, String reason) {
        var reporter = permissions.requireParticipant(org.percorsi.accounts.VerificationLevel.UNVERIFIED);
        var place = jdbc.sql("select p.process_id, p.phase_id from proposal_comment c join proposal p on p.id = c.proposal_id "
                        + "where c.id = :id and c.proposal_id = :proposal")
                .param("id", commentId).param("proposal", proposalId)
                .query((rs, n) -> new CommentPlace(rs.getLong("process_id"), rs.getLong("phase_id")))
                .optional().orElseThrow(() -> new NotFoundException("comment " + commentId));
        processes.visiblePhase(place.processId(), place.phaseId())
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "comments.reportReasonRequired");
        }
        jdbc.sql("insert into proposal_comment_report (comment_id, account_id, reason) values (:c, :a, :r) on conflict do nothing")
                .param("c", commentId).param("a", reporter.id()).param("r", reason.strip()).update();
    }

    private static String sanitizedBody(String body) {
        String html = RichText.sanitize(body);
        if (RichText.plainText(html).isBlank()) {
            throw new RuleViolation("body", "NotBlank");
        }
        return html;
    }
}
