package org.percorsi.meetings.usecases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.text.Texts;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation office schedules a meeting of a process, changes it (calendars
 * follow with a new SEQUENCE) or cancels it (registrants are told by mail). A start in
 * the past, new or moved, needs the confirmation that the meeting has already taken place.
 */
@Service
public class ScheduleMeeting {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final MeetingStore store;
    private final MeetingPermissions permissions;
    private final ProcessesApi processes;
    private final OrganisationApi organisation;
    private final MeetingChanges changes;
    private final MeetingMails mails;
    private final Clock clock;

    ScheduleMeeting(
            MeetingStore store,
            MeetingPermissions permissions,
            ProcessesApi processes,
            OrganisationApi organisation,
            MeetingChanges changes,
            MeetingMails mails,
            Clock clock) {
        this.clock = clock;
        this.store = store;
        this.permissions = permissions;
        this.processes = processes;
        this.organisation = organisation;
        this.changes = changes;
        this.mails = mails;
    }

    @Transactional
    public long create(long processId, MeetingForm form) {
        permissions.requireOrganiser(processId);
        long id = store.insert(processId, rowOf(processId, form, null));
        changes.announce(id);
        return id;
    }

    @Transactional
    public void update(long meetingId, MeetingForm form) {
        var meeting = store.lock(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireOrganiser(meeting.processId());
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw RuleViolation.global("meetings.cancelledCannotChange");
        }
        var row = rowOf(meeting.processId(), form, meeting.startsAt());
        if (row.capacity() != null && store.confirmedCount(meetingId) > row.capacity()) {
            throw new RuleViolation("capacity", "meetings.capacityBelowRegistered", store.confirmedCount(meetingId));
        }
        store.update(meetingId, row);
        changes.announce(meetingId);
    }

    @Transactional
    public void cancel(long meetingId) {
        var meeting = store.lock(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireOrganiser(meeting.processId());
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw RuleViolation.global("meetings.notScheduled");
        }
        store.setStatus(meetingId, MeetingStatus.CANCELLED);
        mails.send(store.liveAccountIds(meetingId), meeting, "meetings.mail.cancelled");
        changes.announce(meetingId);
    }

    /** The row to store; {@code startedAt} is the start the meeting had until now (null for a new one). */
    private MeetingStore.Row rowOf(long processId, MeetingForm form, Instant startedAt) {
        processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process " + processId));
        if (form.phaseId() != null && processes.phases(processId).stream().noneMatch(p -> p.id() == form.phaseId())) {
            throw new RuleViolation("phaseId", "meetings.phaseUnknown");
        }
        if (form.themeId() != null && !organisation.themesExist(List.of(form.themeId()))) {
            throw new RuleViolation("themeId", "meetings.themeUnknown");
        }
        if (form.scopeId() != null && !organisation.scopesExist(List.of(form.scopeId()))) {
            throw new RuleViolation("scopeId", "meetings.scopeUnknown");
        }
        var starts = form.startsAt().atZone(ROME).toInstant();
        var ends = form.endsAt().atZone(ROME).toInstant();
        if (!ends.isAfter(starts)) {
            throw new RuleViolation("endsAt", "meetings.endsBeforeStart");
        }
        // a date in the past is most often a slip of the keyboard; recording a meeting held already is the exception
        boolean moved = startedAt == null
                || !startedAt.truncatedTo(ChronoUnit.MINUTES).equals(starts.truncatedTo(ChronoUnit.MINUTES));
        if (moved && starts.isBefore(clock.instant()) && !Boolean.TRUE.equals(form.alreadyHeld())) {
            throw new RuleViolation("startsAt", "meetings.startsInThePast");
        }
        String address = Texts.blankToNull(form.address());
        String online = Texts.blankToNull(form.onlineUrl());
        if (address == null && online == null) {
            throw new RuleViolation("address", "meetings.placeOrLink");
        }
        if (online != null && !Texts.isWebAddress(online)) {
            throw new RuleViolation("onlineUrl", "meetings.onlineUrlInvalid");
        }
        if ((form.latitude() == null) != (form.longitude() == null)) {
            throw new RuleViolation("longitude", "meetings.bothCoordinates");
        }
        var closes = form.registrationClosesAt() == null
                ? null
                : form.registrationClosesAt().atZone(ROME).toInstant();
        if (closes != null && closes.isAfter(ends)) {
            throw new RuleViolation("registrationClosesAt", "meetings.closesAfterEnd");
        }
        boolean registration = Boolean.TRUE.equals(form.registrationEnabled());
        return new MeetingStore.Row(
                form.title().strip(),
                form.format().name(),
                form.phaseId(),
                form.themeId(),
                form.scopeId(),
                RichText.sanitize(nullToEmpty(form.description())),
                starts,
                ends,
                address,
                Texts.blankToNull(form.room()),
                Texts.blankToNull(form.accessibilityNotes()),
                online,
                form.latitude(),
                form.longitude(),
                Texts.blankToNull(form.audience()),
                RichText.sanitize(nullToEmpty(form.agenda())),
                Texts.blankToNull(form.facilitators()),
                Boolean.TRUE.equals(form.reserved()),
                registration,
                registration ? form.capacity() : null,
                !Boolean.FALSE.equals(form.waitingList()),
                registration ? closes : null,
                form.questionList().isEmpty() ? null : String.join("\n", form.questionList()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
