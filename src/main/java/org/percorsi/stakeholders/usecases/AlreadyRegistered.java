package org.percorsi.stakeholders.usecases;

import org.percorsi.shared.validation.RuleViolation;

/**
 * The organisation typed is already in the registry (same name once case, accents and legal form are set aside,
 * or same code): nothing is saved, and the page links to the one already there.
 */
public class AlreadyRegistered extends RuleViolation {

    private final long existingId;
    private final String existingName;

    AlreadyRegistered(String field, long existingId, String existingName) {
        super(field, "stakeholders.registry.duplicate." + field, existingName);
        this.existingId = existingId;
        this.existingName = existingName;
    }

    public long existingId() {
        return existingId;
    }

    public String existingName() {
        return existingName;
    }
}
