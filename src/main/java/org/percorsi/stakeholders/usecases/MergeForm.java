package org.percorsi.stakeholders.usecases;

/**
 * A merge asked from one organisation's page: the registry number of the other organisation, and which of the
 * two is kept ({@code THIS} or {@code OTHER}); the other one becomes its duplicate.
 */
public record MergeForm(Long otherId, String keep) {

    public static MergeForm empty() {
        return new MergeForm(null, "THIS");
    }
}
