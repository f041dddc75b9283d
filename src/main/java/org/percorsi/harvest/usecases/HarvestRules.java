package org.percorsi.harvest.usecases;

import org.percorsi.harvest.domain.HarvestStore;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.meetings.MeetingsApi.MeetingHead;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Component;

/** What every recording of the harvest checks, and how its texts and numbers are read. */
@Component
class HarvestRules {

    /** The most people, dots or votes a count may say (as for attendance). */
    static final int MAX_COUNT = 100_000;

    /** The longest note, card, comment or answer. */
    static final int MAX_TEXT = 5000;

    private final MeetingsApi meetings;
    private final MeetingPermissions permissions;
    private final HarvestStore store;

    HarvestRules(MeetingsApi meetings, MeetingPermissions permissions, HarvestStore store) {
        this.meetings = meetings;
        this.permissions = permissions;
        this.store = store;
    }

    /** The meeting, if the viewer organises its process (its managers and facilitators). */
    MeetingHead organisedByViewer(long meetingId) {
        var meeting = meetings.head(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireOrganiser(meeting.processId());
        return meeting;
    }

    /** The meeting, if the viewer organises it and it was not cancelled: its harvest can still be written. */
    MeetingHead recordableByViewer(long meetingId) {
        var meeting = organisedByViewer(meetingId);
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw RuleViolation.global("meetings.cancelledCannotChange");
        }
        return meeting;
    }

    /** Whether the group is a table of this meeting. */
    boolean isTable(long meetingId, long groupId) {
        return store.groupKind(meetingId, groupId).filter("TABLE"::equals).isPresent();
    }

    /** Whether the group is a cluster or a theme of this meeting: what cards and comments are gathered in. */
    boolean isClusterOrTheme(long meetingId, long groupId) {
        return store.groupKind(meetingId, groupId)
                .filter(kind -> kind.equals("CLUSTER") || kind.equals("THEME"))
                .isPresent();
    }

    /** A value the page always sends; without it (a hand-made request) the answer is a clear refusal. */
    static <T> T present(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "NotNull");
        }
        return value;
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "NotBlank");
        }
        return optional(field, value, max);
    }

    /** The text stripped, or null when blank. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new RuleViolation(field, "Size", 0, max);
        }
        return value.strip();
    }

    /** A count of people, dots or votes. */
    static int count(String field, Integer value) {
        int count = present(field, value);
        if (count < 0 || count > MAX_COUNT) {
            throw new RuleViolation(field, "harvest.number");
        }
        return count;
    }
}
