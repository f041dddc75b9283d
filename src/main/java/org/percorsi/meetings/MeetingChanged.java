package org.percorsi.meetings;

/** A meeting was scheduled, changed, cancelled or closed, or its harvest changed. */
public record MeetingChanged(long meetingId) {
}
