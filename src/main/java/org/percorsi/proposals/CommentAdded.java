package org.percorsi.proposals;

import org.percorsi.shared.events.PublicContentChanged;

/** Published when someone comments on a proposal: its followers, but not the commenter, hear of it. */
public record CommentAdded(long proposalId, long commentId, long authorId) implements PublicContentChanged {
}
