package org.percorsi.stakeholders;

/**
 * What the negotiation table decided on a point: approved, rejected, or postponed to a later session (a point
 * the table did not settle stays recorded, numbered like the others, so that the next session can take it up).
 */
public enum DecisionOutcome {
    APPROVED,
    REJECTED,
    POSTPONED
}
