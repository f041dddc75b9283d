package org.percorsi.proposals;

import org.percorsi.shared.events.PublicContentChanged;

/** An idea was linked to (or unlinked from) a need it answers: both pages, and the neighbourhood's, change. */
public record NeedLinked(long processId, long ideaId, long needId, boolean linked) implements PublicContentChanged {}
