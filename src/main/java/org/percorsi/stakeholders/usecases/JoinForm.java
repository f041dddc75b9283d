package org.percorsi.stakeholders.usecases;

import org.percorsi.stakeholders.OrganisationKind;

/**
 * An organisation asks to join a process's negotiation table through the public form: what it is (name, kind,
 * optional codes, what it does), why it asks, and who represents it (the person asking, whose account is linked),
 * with their consent to their name on public pages.
 */
public record JoinForm(
        String organisationName,
        OrganisationKind kind,
        String fiscalCode,
        String runtsNumber,
        String ipaCode,
        String description,
        String motivation,
        String representativeName,
        String representativeRole,
        Boolean namePublic) {

    public static JoinForm empty() {
        return new JoinForm("", null, "", "", "", "", "", "", "MAIN", false);
    }
}
