package org.percorsi.meetings;

import java.util.List;
import java.util.Optional;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.proposals.ProposalOrigins;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Component;

/** Tells the proposals module which meeting a proposal came from, if the viewer may see that meeting. */
@Component
class MeetingOrigins implements ProposalOrigins {

    private final MeetingQueries queries;
    private final MeetingsApi meetings;

    MeetingOrigins(MeetingQueries queries, MeetingsApi meetings) {
        this.queries = queries;
        this.meetings = meetings;
    }

    @Override
    public Optional<Origin> meeting(long meetingId) {
        if (!queries.visible(meetingId)) {
            return Optional.empty();
        }
        return meetings.meeting(meetingId).map(m -> new Origin(m.processId(), m.title(), "/meetings/" + meetingId));
    }

    @Override
    public List<Option> meetingsOf(long processId) {
        return queries
                .list(new MeetingQueries.Filter(processId, null, null, null, null, null, MeetingQueries.When.PAST), 1)
                .items()
                .stream()
                .map(m -> Option.of(
                        m.id(),
                        m.title() + " ("
                                + View.date(m.startsAt()
                                        .atZone(ScheduleMeeting.ROME)
                                        .toLocalDate()) + ")"))
                .toList();
    }
}
