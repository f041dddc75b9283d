package org.percorsi.organisation;

import org.percorsi.shared.events.PublicContentChanged;

/** The organisation's settings (name, logo, contacts, default language) changed. */
public record OrganisationChanged() implements PublicContentChanged {}
