package org.percorsi.meetings.usecases;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.percorsi.files.FilesApi;
import org.percorsi.meetings.Attendance;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.text.Texts;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * After the meeting, a facilitator writes the minutes, counts who came (by
 * category, gender and age band), adds photos and files, and closes the meeting:
 * only then is this record published on the meeting's page.
 */
@Service
public class RecordMeeting {

    public static final int MAX_PEOPLE = 100_000;

    private final MeetingStore store;
    private final MeetingPermissions permissions;
    private final FilesApi files;
    private final MeetingChanges changes;
    private final Clock clock;

    RecordMeeting(
            MeetingStore store, MeetingPermissions permissions, FilesApi files, MeetingChanges changes, Clock clock) {
        this.store = store;
        this.permissions = permissions;
        this.files = files;
        this.changes = changes;
        this.clock = clock;
    }

    /** What the record form sends: attendance keyed "DIMENSION.BUCKET" (e.g. "GENDER.WOMEN"). */
    public record RecordForm(
            String minutes, Map<String, String> attendance, List<MultipartFile> files, String caption) {}

    @Transactional
    public void save(long meetingId, RecordForm form, boolean close) {
        var meeting = store.lock(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireOrganiser(meeting.processId());
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw RuleViolation.global("meetings.cancelledCannotChange");
        }
        String minutes = RichText.sanitize(form.minutes() == null ? "" : form.minutes());
        if (close && RichText.plainText(minutes).isBlank()) {
            throw new RuleViolation("minutes", "meetings.minutesRequired");
        }
        if (close && clock.instant().isBefore(meeting.startsAt())) {
            throw RuleViolation.global("meetings.closeBeforeStart");
        }
        var counts = parseAttendance(form.attendance());
        store.saveMinutes(meetingId, minutes.isBlank() ? null : minutes);
        counts.forEach((dimension, buckets) -> store.replaceAttendance(meetingId, dimension.name(), buckets));
        for (var upload : form.files() == null ? List.<MultipartFile>of() : form.files()) {
            files.storeDocument(upload, "files")
                    .ifPresent(stored -> store.attach(
                            meetingId,
                            stored.id(),
                            stored.filename(),
                            stored.image(),
                            Texts.blankToNull(form.caption())));
        }
        if (close && meeting.status() != MeetingStatus.CLOSED) {
            store.setStatus(meetingId, MeetingStatus.CLOSED);
        }
        changes.announce(meetingId);
    }

    @Transactional
    public void removeFile(long meetingId, UUID fileId) {
        var meeting = store.head(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireOrganiser(meeting.processId());
        if (!store.detach(meetingId, fileId)) {
            throw new NotFoundException("file " + fileId);
        }
        files.delete(fileId);
        changes.announce(meetingId);
    }

    private static Map<Attendance.Dimension, Map<String, Integer>> parseAttendance(Map<String, String> raw) {
        Map<Attendance.Dimension, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (var dimension : Attendance.Dimension.values()) {
            Map<String, Integer> buckets = new LinkedHashMap<>();
            for (String bucket : Attendance.buckets(dimension)) {
                String field = dimension.name() + "." + bucket;
                String value = raw == null ? null : raw.get(field);
                if (value == null || value.isBlank()) {
                    continue;
                }
                int people;
                try {
                    people = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    throw new RuleViolation(field, "meetings.attendance.number");
                }
                if (people < 0 || people > MAX_PEOPLE) {
                    throw new RuleViolation(field, "meetings.attendance.number");
                }
                buckets.put(bucket, people);
            }
            counts.put(dimension, buckets);
        }
        return counts;
    }
}
