package org.percorsi.proposals;

import java.util.List;
import org.percorsi.shared.events.PublicContentChanged;

/**
 * Published when someone comments on a proposal: the people following it when the comment was written
 * ({@code followerIds}) hear of it, except the commenter ({@code authorId}) and anyone who may no longer read
 * the proposal (asked when the notices go, {@link ProposalsApi#readersAmong}).
 */
public record CommentAdded(long proposalId, long commentId, long authorId, String proposalTitle, List<Long> followerIds)
        implements PublicContentChanged {}
