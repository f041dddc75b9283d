package org.percorsi.documents;

/**
 * The process's managers answered an amendment: accepted into the next version (its number in
 * {@code acceptedIntoVersion}) or rejected with a public reason. Carries what a notification to its author
 * needs; {@code versionNumber} is the version the amendment was proposed on, {@code authorAccountId} is null
 * when the author's account is gone.
 */
public record AmendmentAnswered(
        long amendmentId,
        long documentId,
        String documentTitle,
        int versionNumber,
        Integer acceptedIntoVersion,
        long processId,
        Long authorAccountId,
        Outcome outcome,
        String reason) {

    public enum Outcome {
        ACCEPTED,
        REJECTED
    }
}
