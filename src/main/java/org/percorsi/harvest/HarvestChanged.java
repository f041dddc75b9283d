package org.percorsi.harvest;

import org.percorsi.shared.events.PublicContentChanged;

/** Something of a meeting's harvest was recorded, changed, removed or turned into a proposal. */
public record HarvestChanged(long meetingId) implements PublicContentChanged {}
