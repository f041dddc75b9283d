package org.percorsi.meetings.usecases;

import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organiser writes the meeting's easy-read summary: what happens there and for whom, in a few plain sentences,
 * shown first on its page and translated like the rest.
 */
@Service
public class WriteMeetingEasyRead {

    public static final int MAX_LENGTH = 2000;

    private final MeetingStore store;
    private final MeetingPermissions permissions;
    private final MeetingChanges changes;

    WriteMeetingEasyRead(MeetingStore store, MeetingPermissions permissions, MeetingChanges changes) {
        this.store = store;
        this.permissions = permissions;
        this.changes = changes;
    }

    @Transactional
    public void handle(long meetingId, MeetingEasyReadForm form) {
        var meeting = store.lock(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireOrganiser(meeting.processId());
        String text = form.easyRead() == null ? "" : form.easyRead().strip();
        if (text.length() > MAX_LENGTH) {
            throw new RuleViolation("easyRead", "meetings.easyRead.tooLong", MAX_LENGTH);
        }
        store.saveEasyRead(meetingId, text.isEmpty() ? null : text);
        changes.announce(meetingId);
    }
}
