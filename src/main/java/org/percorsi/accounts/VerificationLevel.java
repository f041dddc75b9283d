package org.percorsi.accounts;

/**
 * How sure the platform is of who a person is. Features can require a level to
 * create, support or comment: each level includes the ones before it.
 */
public enum VerificationLevel {
    /** Registered, address not confirmed yet. */
    UNVERIFIED,
    /** Clicked the link mailed to their address. */
    EMAIL_CONFIRMED,
    /** Identified as a resident (SPID/CIE through the OIDC broker, or by an administrator). */
    VERIFIED_RESIDENT;

    public boolean atLeast(VerificationLevel required) {
        return ordinal() >= required.ordinal();
    }
}
