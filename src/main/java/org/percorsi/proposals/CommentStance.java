package org.percorsi.proposals;

/** Where a comment stands on the proposal. */
public enum CommentStance {
    FOR,
    AGAINST,
    NEUTRAL
}
