package org.percorsi.proposals;

import org.percorsi.shared.events.PublicContentChanged;

/**
 * Published when a comment's author changes its text or a moderator hides it: the pages that show it are
 * rendered anew at once (an abusive comment hidden must not stay on a cached page).
 */
public record CommentChanged(long proposalId, long commentId, Change change) implements PublicContentChanged {

    public enum Change {
        EDITED,
        HIDDEN
    }
}
