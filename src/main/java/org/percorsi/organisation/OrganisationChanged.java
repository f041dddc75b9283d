package org.percorsi.organisation;

/** The organisation's settings (name, logo, contacts, default language) changed. */
public record OrganisationChanged() {
}
