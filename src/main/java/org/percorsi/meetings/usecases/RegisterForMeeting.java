package org.percorsi.meetings.usecases;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.RegistrationStatus;
import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant registers for a meeting, or gives up their place. Registrations of
 * one meeting queue on its row, so the seats are counted exactly; when someone
 * gives up a seat, the first person waiting gets it and is told by mail. The
 * database holds the same rules (one live registration each, never more seats
 * than the capacity).
 */
@Service
public class RegisterForMeeting {

    private final MeetingStore store;
    private final AccountsApi accounts;
    private final ProcessesApi processes;
    private final MeetingPermissions permissions;
    private final MeetingMails mails;
    private final Clock clock;

    RegisterForMeeting(
            MeetingStore store,
            AccountsApi accounts,
            ProcessesApi processes,
            MeetingPermissions permissions,
            MeetingMails mails,
            Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.processes = processes;
        this.permissions = permissions;
        this.mails = mails;
        this.clock = clock;
    }

    /** Registers the signed-in participant: a seat, or a place on the waiting list. */
    @Transactional
    public RegistrationStatus register(long meetingId, Map<String, String> answers) {
        long accountId = accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        var meeting = visibleLocked(meetingId);
        if (!meeting.registrationEnabled()) {
            throw RuleViolation.global("meetings.registration.notOpen");
        }
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw RuleViolation.global("meetings.registration.notScheduled");
        }
        if (!clock.instant().isBefore(meeting.closesAt())) {
            throw RuleViolation.global("meetings.registration.closed");
        }
        if (store.liveRegistration(meetingId, accountId).isPresent()) {
            throw RuleViolation.global("meetings.registration.already");
        }
        RegistrationStatus status = RegistrationStatus.CONFIRMED;
        if (meeting.capacity() != null && store.confirmedCount(meetingId) >= meeting.capacity()) {
            if (!meeting.waitingList()) {
                throw RuleViolation.global("meetings.registration.full");
            }
            status = RegistrationStatus.WAITING;
        }
        store.register(meetingId, accountId, status, answersText(meeting.questions(), answers));
        return status;
    }

    /** Gives up the participant's seat or place in the queue; the first person waiting takes a freed seat. */
    @Transactional
    public void cancel(long meetingId) {
        long accountId = accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        var meeting = visibleLocked(meetingId);
        var registration = store.liveRegistration(meetingId, accountId)
                .orElseThrow(() -> RuleViolation.global("meetings.registration.none"));
        giveUp(meeting, registration);
    }

    /**
     * A deleted account gives up its seats and places in the queues of meetings still ahead, as if it had
     * cancelled each: the first person waiting gets the seat and is told. Only the account's deletion calls
     * this (it checked who may delete); meetings already held keep the registration as an anonymous headcount.
     */
    void cancelAllOf(long accountId) {
        for (long meetingId : store.meetingsAheadRegisteredBy(accountId)) {
            var meeting = store.lock(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
            store.liveRegistration(meetingId, accountId).ifPresent(registration -> giveUp(meeting, registration));
        }
    }

    private void giveUp(MeetingStore.Head meeting, MeetingStore.Registration registration) {
        store.setRegistrationStatus(registration.id(), RegistrationStatus.CANCELLED);
        if (registration.status() == RegistrationStatus.CONFIRMED && meeting.status() == MeetingStatus.SCHEDULED) {
            promote(meeting);
        }
    }

    /** Facilitators mark who is present (or undo it). */
    @Transactional
    public void checkIn(long meetingId, long registrationId, boolean present) {
        var meeting = store.head(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        permissions.requireOrganiser(meeting.processId());
        var registration = store.registration(meetingId, registrationId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId));
        if (registration.status() != RegistrationStatus.CONFIRMED) {
            throw RuleViolation.global("meetings.checkIn.notConfirmed");
        }
        store.checkIn(registrationId, present);
    }

    private void promote(MeetingStore.Head meeting) {
        int free = meeting.capacity() == null
                ? Integer.MAX_VALUE
                : meeting.capacity() - store.confirmedCount(meeting.id());
        if (free <= 0) {
            return;
        }
        var promoted = store.firstWaiting(meeting.id(), Math.min(free, 1000));
        promoted.forEach(r -> store.setRegistrationStatus(r.id(), RegistrationStatus.CONFIRMED));
        mails.send(
                promoted.stream().map(MeetingStore.Registration::accountId).toList(),
                meeting,
                "meetings.mail.promoted");
    }

    private MeetingStore.Head visibleLocked(long meetingId) {
        var meeting = store.lock(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        boolean processVisible = processes.visibleById(meeting.processId()).isPresent();
        boolean phaseVisible =
                meeting.phaseId() == null || !processes.hiddenPhaseIds().contains(meeting.phaseId());
        if (!processVisible || !phaseVisible || meeting.reserved() && !permissions.seesReserved(meeting.processId())) {
            throw new NotFoundException("meeting " + meetingId); // reserved for others: as if it did not exist
        }
        return meeting;
    }

    private static String answersText(List<String> questions, Map<String, String> answers) {
        if (questions.isEmpty() || answers == null) {
            return null;
        }
        var text = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            String answer = answers.getOrDefault("q" + i, "");
            if (answer.length() > 1000) {
                throw new RuleViolation("q" + i, "Size", 0, 1000);
            }
            if (!answer.isBlank()) {
                text.append(questions.get(i))
                        .append(": ")
                        .append(answer.strip())
                        .append('\n');
            }
        }
        return text.isEmpty() ? null : text.toString().strip();
    }
}
