package org.percorsi.meetings.usecases;

import org.percorsi.meetings.MeetingChanged;
import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells other modules that a meeting changed ({@link MeetingChanged}), with the meeting as it now is. The
 * version is counted and the content read in the transaction of the change, after its writes and under the
 * meeting's row lock: the content of a version is exactly what its change commits.
 */
@Component
public class MeetingChanges {

    private final MeetingStore store;
    private final ApplicationEventPublisher events;

    MeetingChanges(MeetingStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Counts the change and tells other modules of it; called in the transaction of the change. */
    public void announce(long meetingId) {
        long version = store.countChange(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        var meeting = store.indexable(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        events.publishEvent(new MeetingChanged(
                meetingId,
                new MeetingChanged.Content(
                        meeting.processId(),
                        meeting.phaseId(),
                        meeting.title(),
                        meeting.text(),
                        meeting.reserved(),
                        version)));
    }
}
