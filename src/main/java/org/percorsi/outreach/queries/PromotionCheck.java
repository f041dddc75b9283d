package org.percorsi.outreach.queries;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.shared.time.TimeConfiguration;
import org.springframework.stereotype.Component;

/**
 * The back office's warning: the public meetings still to come that no action of the plan promotes at least N days
 * before the day they are held (done, or planned while not yet done). N is the process's, 14 days by default.
 */
@Component
public class PromotionCheck {

    private final MeetingsApi meetings;
    private final CommunicationQueries queries;
    private final Clock clock;

    PromotionCheck(MeetingsApi meetings, CommunicationQueries queries, Clock clock) {
        this.meetings = meetings;
        this.queries = queries;
        this.clock = clock;
    }

    /** A meeting without timely promotion, and the last day on which its promotion should have been dated. */
    public record Unpromoted(long meetingId, String title, Instant startsAt, LocalDate promoteBy) {}

    public record Warning(int leadDays, List<Unpromoted> meetings) {}

    public Warning of(long processId) {
        int lead = queries.promotionLeadDays(processId);
        Instant now = clock.instant();
        var actions = queries.actions(processId);
        var unpromoted = meetings.slotsOfProcess(processId).stream()
                .filter(m -> !m.reserved()
                        && m.status() == MeetingStatus.SCHEDULED
                        && m.startsAt().isAfter(now))
                .map(m -> new Unpromoted(
                        m.id(),
                        m.title(),
                        m.startsAt(),
                        m.startsAt()
                                .atZone(TimeConfiguration.ROME)
                                .toLocalDate()
                                .minusDays(lead)))
                .filter(m -> actions.stream()
                        .noneMatch(a -> a.meetingId() != null
                                && a.meetingId() == m.meetingId()
                                && !a.date().isAfter(m.promoteBy())))
                .sorted(Comparator.comparing(Unpromoted::startsAt))
                .toList();
        return new Warning(lead, unpromoted);
    }
}
