package org.percorsi.shared.events;

/**
 * Marks an event after which what visitors see may differ (a process, a proposal, a meeting, the
 * programming, the organisation's details, a deleted person's name): caches of public pages listen
 * to this type only, not to every event.
 */
public interface PublicContentChanged {}
