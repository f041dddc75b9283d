package org.percorsi.notifications;

/** What a notification is about; each person chooses, per kind, in-app and mail. */
public enum NotificationKind {
    PROPOSAL_ANSWERED,
    PROPOSAL_COMMENTED,
    DOCUMENT_NEW_VERSION,
    DOCUMENT_AMENDMENT_ANSWERED
}
