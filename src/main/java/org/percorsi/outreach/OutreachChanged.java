package org.percorsi.outreach;

import org.percorsi.shared.events.PublicContentChanged;

/** A process's public communication or info points may differ: the pages shared by visitors are emptied. */
public record OutreachChanged(long processId) implements PublicContentChanged {}
