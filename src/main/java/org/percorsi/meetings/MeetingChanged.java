package org.percorsi.meetings;

import org.percorsi.shared.events.PublicContentChanged;

/** A meeting was scheduled, changed, cancelled or closed, or its harvest changed. */
public record MeetingChanged(long meetingId) implements PublicContentChanged {
}
