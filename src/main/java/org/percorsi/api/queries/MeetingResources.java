package org.percorsi.api.queries;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;
import org.percorsi.api.access.ApiCaller;
import org.percorsi.meetings.MeetingsForApi;
import org.percorsi.meetings.MeetingsForApi.ApiMeeting;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Meetings as the API shows them: a process's list, and one. */
@Service
public class MeetingResources {

    public record MeetingResource(
            @JsonUnwrapped ApiMeeting meeting,
            @JsonProperty("_links") Map<String, Link> links) {}

    private final MeetingsForApi meetings;
    private final ProcessResources processes;
    private final ApiLinks links;

    MeetingResources(MeetingsForApi meetings, ProcessResources processes, ApiLinks links) {
        this.meetings = meetings;
        this.processes = processes;
        this.links = links;
    }

    public ApiList<MeetingResource> ofProcess(ApiCaller caller, long processId, PageRequest page) {
        processes.require(caller, processId);
        return links.page(
                meetings.pageOfProcess(caller.area(), processId, page.after(), page.fetch()),
                page,
                ApiMeeting::id,
                this::resource,
                "/processes/" + processId + "/meetings",
                Map.of());
    }

    public MeetingResource one(ApiCaller caller, long id) {
        return resource(meetings.one(caller.area(), id).orElseThrow(() -> new NotFoundException("meeting " + id)));
    }

    private MeetingResource resource(ApiMeeting meeting) {
        return new MeetingResource(
                meeting,
                Map.of(
                        "self", links.api("/meetings/" + meeting.id()),
                        "process", links.api("/processes/" + meeting.processId()),
                        "page", links.to("/meetings/" + meeting.id())));
    }
}
