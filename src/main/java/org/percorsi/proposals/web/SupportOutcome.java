package org.percorsi.proposals.web;

import java.util.Optional;

/**
 * What a support or its withdrawal did, said by the proposal's page after the redirect ({@code ?done=supported})
 * from the viewer's state as the database has it, not from a message kept in their session: the page after a
 * support is then served like any other (kept for every participant), and the session is not written twice per
 * click. A link carrying {@code done=} that does not match the viewer's state says nothing ("withdrawn" cannot
 * tell a withdrawal from never having supported: it tells that person nothing about anyone else).
 */
public enum SupportOutcome {
    SUPPORTED("supported", "proposals.supported", true),
    WITHDRAWN("withdrawn", "proposals.supportWithdrawn", false);

    private final String parameter;
    private final String messageKey;
    private final boolean supportedAfter;

    SupportOutcome(String parameter, String messageKey, boolean supportedAfter) {
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.supportedAfter = supportedAfter;
    }

    static Optional<SupportOutcome> of(String parameter) {
        for (var outcome : values()) {
            if (outcome.parameter.equals(parameter)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    /** The proposal's page that says so. */
    String pageOf(long proposalId) {
        return "/proposals/" + proposalId + "?done=" + parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    /** True when the viewer's state is what this outcome says (so the message may be shown). */
    public boolean saysTheTruthFor(boolean supported) {
        return supported == supportedAfter;
    }
}
