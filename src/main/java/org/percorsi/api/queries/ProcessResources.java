package org.percorsi.api.queries;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.api.access.ApiCaller;
import org.percorsi.processes.ProcessesForApi;
import org.percorsi.processes.ProcessesForApi.ApiPhase;
import org.percorsi.processes.ProcessesForApi.ApiProcess;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Processes as the API shows them: the list, and one with its phases. */
@Service
public class ProcessResources {

    /** A process; {@code phases} only on the process's own resource. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProcessResource(
            @JsonUnwrapped ApiProcess process,
            List<ApiPhase> phases,
            @JsonProperty("_links") Map<String, Link> links) {}

    private final ProcessesForApi processes;
    private final ApiLinks links;

    ProcessResources(ProcessesForApi processes, ApiLinks links) {
        this.processes = processes;
        this.links = links;
    }

    public ApiList<ProcessResource> list(ApiCaller caller, PageRequest page) {
        return links.page(
                processes.page(caller.area(), page.after(), page.fetch()),
                page,
                ApiProcess::id,
                process -> resource(process, null),
                "/processes",
                Map.of());
    }

    public ProcessResource one(ApiCaller caller, long id) {
        ApiProcess process = require(caller, id);
        return resource(process, processes.phases(caller.area(), id));
    }

    /** The process, if the caller sees it: the lists under a process answer 404 for one they do not see. */
    public ApiProcess require(ApiCaller caller, long id) {
        return processes.one(caller.area(), id).orElseThrow(() -> new NotFoundException("process " + id));
    }

    private ProcessResource resource(ApiProcess process, List<ApiPhase> phases) {
        Map<String, Link> out = new LinkedHashMap<>();
        String self = "/processes/" + process.id();
        out.put("self", links.api(self));
        out.put("meetings", links.api(self + "/meetings"));
        out.put("proposals", links.api(self + "/proposals"));
        out.put("answers", links.api(self + "/answers"));
        out.put("documents", links.api(self + "/documents"));
        out.put("page", links.to("/processes/" + process.slug()));
        return new ProcessResource(process, phases, out);
    }
}
