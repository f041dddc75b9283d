package org.percorsi.meetings;

import java.util.Optional;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.proposals.ProposalOrigins;
import org.springframework.stereotype.Component;

/** Tells the proposals module which meeting a proposal came from, if the viewer may see that meeting. */
@Component
class MeetingOrigins implements ProposalOrigins {

    private final MeetingQueries queries;

    MeetingOrigins(MeetingQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Origin> meeting(long meetingId) {
        if (!queries.visible(meetingId)) {
            return Optional.empty();
        }
        return queries.title(meetingId).map(title -> new Origin(title, "/meetings/" + meetingId));
    }
}
