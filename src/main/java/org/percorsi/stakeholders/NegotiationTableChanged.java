package org.percorsi.stakeholders;

import org.percorsi.shared.events.PublicContentChanged;

/** A process's negotiation table changed (members, referents): its public page and exports may differ. */
public record NegotiationTableChanged(long processId) implements PublicContentChanged {}
