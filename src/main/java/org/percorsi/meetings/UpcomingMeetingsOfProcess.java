package org.percorsi.meetings;

import java.util.List;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.processes.ProcessMeetings;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Component;

/** Tells a process's page which of its meetings come next, among those the viewer may see. */
@Component
class UpcomingMeetingsOfProcess implements ProcessMeetings {

    private final MeetingQueries queries;

    UpcomingMeetingsOfProcess(MeetingQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Upcoming> upcoming(long processId, int limit) {
        return queries.upcoming(processId, limit).stream()
                .map(m -> new Upcoming(
                        m.id(),
                        m.title(),
                        View.t("meetings.format." + m.format().name()),
                        m.startsAt(),
                        m.endsAt(),
                        m.address()))
                .toList();
    }
}
