package org.percorsi.proposals.usecases;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.CommentAdded;
import org.percorsi.proposals.CommentChanged;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.domain.CommentStore;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants comment on a proposal (or reply to a comment: two levels), edit
 * their own comment for 15 minutes, and report comments to the moderators.
 */
@Service
public class CommentOnProposal {

    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    private final CommentStore comments;
    private final ProposalStore store;
    private final ProcessesApi processes;
    private final ProposalPermissions permissions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentOnProposal(
            CommentStore comments,
            ProposalStore store,
            ProcessesApi processes,
            ProposalPermissions permissions,
            Clock clock,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.store = store;
        this.processes = processes;
        this.permissions = permissions;
        this.clock = clock;
        this.events = events;
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
            boolean topLevel = comments.isTopLevel(form.parentId(), proposalId)
                    .orElseThrow(() -> new RuleViolation("parentId", "comments.parentUnknown"));
            if (!topLevel) {
                throw new RuleViolation("parentId", "comments.tooDeep");
            }
        }
        long id = comments.insert(proposalId, form.parentId(), author.id(), form.stance(), sanitizedBody(form.body()));
        events.publishEvent(new CommentAdded(proposalId, id, author.id(), head.title(), store.followers(proposalId)));
        return id;
    }

    /**
     * Why the viewer could not comment on this proposal now, by the same checks as {@link #comment}: the page
     * then says so instead of offering a form that would be refused. Empty when they may, or when all that is
     * missing is signing in.
     */
    @Transactional(readOnly = true)
    public Optional<RuleViolation> whyNot(long proposalId) {
        var head = store.head(proposalId).orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        var settings = store.participation(head.phaseId());
        if (!settings.commentsEnabled()) {
            return Optional.of(RuleViolation.global("comments.off"));
        }
        try {
            permissions.requireParticipant(settings.levelToComment());
            return Optional.empty();
        } catch (RuleViolation refused) {
            return Optional.of(refused);
        } catch (AccessDeniedException notSignedIn) {
            return Optional.empty();
        }
    }

    @Transactional
    public void edit(long commentId, String newBody) {
        var author = permissions.requireParticipant(VerificationLevel.UNVERIFIED);
        var comment = comments.lock(commentId).orElseThrow(() -> new NotFoundException("comment " + commentId));
        if (!Long.valueOf(author.id()).equals(comment.authorId())) {
            throw new AccessDeniedException("Only the author edits a comment");
        }
        if (comment.hidden()) {
            throw RuleViolation.global("comments.hiddenCannotEdit");
        }
        if (comment.createdAt().plus(EDIT_WINDOW).isBefore(clock.instant())) {
            throw RuleViolation.global("comments.editWindowOver", EDIT_WINDOW.toMinutes());
        }
        comments.edit(commentId, sanitizedBody(newBody));
        events.publishEvent(new CommentChanged(comment.proposalId(), commentId, CommentChanged.Change.EDITED));
    }

    /**
     * A report of a comment of this proposal. A comment of another proposal, or of a proposal in a process
     * or phase hidden from the reporter, is answered as a missing one: the answer tells nothing of what exists.
     */
    @Transactional
    public void report(long proposalId, long commentId, String reason) {
        var reporter = permissions.requireParticipant(VerificationLevel.UNVERIFIED);
        var place = comments.placeOf(commentId, proposalId)
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        processes
                .visiblePhase(place.processId(), place.phaseId())
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "comments.reportReasonRequired");
        }
        comments.report(commentId, reporter.id(), reason.strip());
    }

    private static String sanitizedBody(String body) {
        String html = RichText.sanitize(body);
        if (RichText.plainText(html).isBlank()) {
            throw new RuleViolation("body", "NotBlank");
        }
        return html;
    }
}
