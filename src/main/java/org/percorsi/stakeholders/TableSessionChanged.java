package org.percorsi.stakeholders;

import org.percorsi.shared.events.PublicContentChanged;

/** A session of a process's negotiation table was scheduled or changed (attendance, decisions, minutes). */
public record TableSessionChanged(long processId, int number) implements PublicContentChanged {}
