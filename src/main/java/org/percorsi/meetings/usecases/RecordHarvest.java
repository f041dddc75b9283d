package org.percorsi.meetings.usecases;

import java.util.List;
import org.percorsi.meetings.MeetingChanged;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.domain.HarvestStore;
import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators record what a method produced, during the session or afterwards
 * from the paper sheets: world-café tables, rounds and notes and the plenary
 * synthesis; metaplan cards, clusters and dots; town-meeting tables, themes,
 * comments and polls; interview questions, profiles, themes and answers.
 */
@Service
public class RecordHarvest {

    public enum GroupKind { TABLE, CLUSTER, THEME, PROFILE }

    public enum ItemKind { NOTE, CARD, COMMENT, ANSWER }

    private static final int MAX_TEXT = 5000;

    private final MeetingStore meetings;
    private final HarvestStore harvest;
    private final MeetingPermissions permissions;
    private final ApplicationEventPublisher events;

    RecordHarvest(MeetingStore meetings, HarvestStore harvest, MeetingPermissions permissions,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.harvest = harvest;
        this.permissions = permissions;
        this.events = events;
    }

    /** A table (with its host), a metaplan cluster, a theme, or an interviewee profile (with how many people). */
    @Transactional
    public long addGroup(long meetingId, GroupKind kind, String label, String host, Integer people) {
        organise(meetingId);
        String text = required("label", label, 300);
        if (people != null && (people < 0 || people > RecordMeeting.MAX_PEOPLE)) {
            throw new RuleViolation("people", "meetings.attendance.number");
        }
        long id = harvest.addGroup(meetingId, kind.name(), text, optional(host, 200), people);
        return changed(meetingId, id);
    }

    /** A world-café round (or an interview's guide question), numbered in order. */
    @Transactional
    public long addRound(long meetingId, String question) {
        organise(meetingId);
        return changed(meetingId, harvest.addRound(meetingId, required("question", question, 1000)));
    }

    /** A note, card, comment or answer; what it belongs to must be of the same meeting and of the right kind. */
    @Transactional
    public long addItem(long meetingId, ItemKind kind, Long tableId, Long roundId, Long clusterId, String body) {
        organise(meetingId);
        String text = required("body", body, MAX_TEXT);
        if (tableId != null && !harvest.groupKind(meetingId, tableId).filter("TABLE"::equals).isPresent()) {
            throw new RuleViolation("tableId", "meetings.harvest.unknownTable");
        }
        if (roundId != null && !harvest.roundExists(meetingId, roundId)) {
            throw new RuleViolation("roundId", "meetings.harvest.unknownRound");
        }
        if (clusterId != null && !harvest.groupKind(meetingId, clusterId)
                .filter(k -> k.equals("CLUSTER") || k.equals("THEME")).isPresent()) {
            throw new RuleViolation("clusterId", "meetings.harvest.unknownCluster");
        }
        if (kind == ItemKind.NOTE && (tableId == null || roundId == null)) {
            throw new RuleViolation(tableId == null ? "tableId" : "roundId", "meetings.harvest.noteNeedsTableAndRound");
        }
        return changed(meetingId, harvest.addItem(meetingId, kind.name(), tableId, roundId, clusterId, text));
    }

    /** Metaplan dots on a card or a cluster. */
    @Transactional
    public void setDots(long meetingId, boolean group, long id, int dots) {
        organise(meetingId);
        if (dots < 0 || dots > RecordMeeting.MAX_PEOPLE) {
            throw new RuleViolation("dots", "meetings.attendance.number");
        }
        boolean done = group ? harvest.setGroupDots(meetingId, id, dots) : harvest.setItemDots(meetingId, id, dots);
        if (!done) {
            throw new NotFoundException("harvest " + id);
        }
        changed(meetingId, id);
    }

    /** Moves a card or comment into a cluster or theme (or out of it). */
    @Transactional
    public void cluster(long meetingId, long itemId, Long clusterId) {
        organise(meetingId);
        if (clusterId != null && !harvest.groupKind(meetingId, clusterId)
                .filter(k -> k.equals("CLUSTER") || k.equals("THEME")).isPresent()) {
            throw new RuleViolation("clusterId", "meetings.harvest.unknownCluster");
        }
        if (!harvest.assignCluster(meetingId, itemId, clusterId)) {
            throw new NotFoundException("harvest item " + itemId);
        }
        changed(meetingId, itemId);
    }

    /** An instant poll with its options, one per line; returns the options' ids in order. */
    @Transactional
    public List<Long> addPoll(long meetingId, String question, String options) {
        organise(meetingId);
        String text = required("question", question, 1000);
        List<String> choices = options == null ? List.of()
                : options.lines().map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
        if (choices.size() < 2 || choices.size() > 20) {
            throw new RuleViolation("options", "meetings.harvest.pollOptionsCount");
        }
        if (choices.stream().anyMatch(o -> o.length() > 300)) {
            throw new RuleViolation("options", "Size", 0, 300);
        }
        var ids = harvest.addPoll(meetingId, text, choices);
        changed(meetingId, ids.get(0));
        return ids;
    }

    /** The votes an option got at a table (or in plenary, without a table). */
    @Transactional
    public void setVotes(long meetingId, long optionId, Long tableId, int votes) {
        organise(meetingId);
        if (!harvest.optionOfMeeting(meetingId, optionId)) {
            throw new NotFoundException("poll option " + optionId);
        }
        if (tableId != null && !harvest.groupKind(meetingId, tableId).filter("TABLE"::equals).isPresent()) {
            throw new RuleViolation("tableId", "meetings.harvest.unknownTable");
        }
        if (votes < 0 || votes > RecordMeeting.MAX_PEOPLE) {
            throw new RuleViolation("votes", "meetings.attendance.number");
        }
        harvest.setVotes(optionId, tableId, votes);
        changed(meetingId, optionId);
    }

    /** The plenary synthesis (rich text). */
    @Transactional
    public void saveSynthesis(long meetingId, String synthesis) {
        organise(meetingId);
        String html = RichText.sanitize(synthesis == null ? "" : synthesis);
        meetings.saveSynthesis(meetingId, RichText.plainText(html).isBlank() ? null : html);
        changed(meetingId, meetingId);
    }

    /** Removes a mistaken entry; what already became a proposal stays, as that proposal's origin. */
    @Transactional
    public void remove(long meetingId, boolean group, long id) {
        organise(meetingId);
        boolean done = group ? harvest.removeGroup(meetingId, id) : harvest.removeItem(meetingId, id);
        if (!done) {
            throw RuleViolation.global("meetings.harvest.cannotRemove");
        }
        changed(meetingId, id);
    }

    private void organise(long meetingId) {
        var meeting = meetings.head(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireOrganiser(meeting.processId());
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw RuleViolation.global("meetings.cancelledCannotChange");
        }
    }

    private long changed(long meetingId, long id) {
        events.publishEvent(new MeetingChanged(meetingId));
        return id;
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "NotBlank");
        }
        if (value.strip().length() > max) {
            throw new RuleViolation(field, "Size", 0, max);
        }
        return value.strip();
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new RuleViolation("host", "Size", 0, max);
        }
        return value.strip();
    }
}
