package org.percorsi.documents;

import org.percorsi.shared.events.PublicContentChanged;

/** A document or one of its versions changed: pages shown to visitors may differ. */
public record DocumentChanged(long documentId) implements PublicContentChanged {}
