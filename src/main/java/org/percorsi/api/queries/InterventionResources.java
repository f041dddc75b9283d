package org.percorsi.api.queries;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import org.percorsi.api.access.ApiCaller;
import org.percorsi.programming.InterventionsForApi;
import org.percorsi.programming.InterventionsForApi.ApiIntervention;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Interventions as the API shows them, with their funding and the proposals they carry out. */
@Service
public class InterventionResources {

    public record InterventionResource(
            @JsonUnwrapped ApiIntervention intervention,
            @JsonProperty("_links") Map<String, Link> links,
            List<Link> proposals) {}

    private final InterventionsForApi interventions;
    private final ApiLinks links;

    InterventionResources(InterventionsForApi interventions, ApiLinks links) {
        this.interventions = interventions;
        this.links = links;
    }

    public ApiList<InterventionResource> list(ApiCaller caller, PageRequest page) {
        return links.page(
                interventions.page(caller.area(), page.after(), page.fetch()),
                page,
                ApiIntervention::id,
                this::resource,
                "/interventions",
                Map.of());
    }

    public InterventionResource one(ApiCaller caller, long id) {
        return resource(
                interventions.one(caller.area(), id).orElseThrow(() -> new NotFoundException("intervention " + id)));
    }

    private InterventionResource resource(ApiIntervention intervention) {
        return new InterventionResource(
                intervention,
                Map.of("self", links.api("/interventions/" + intervention.id())),
                intervention.proposalIds().stream()
                        .map(id -> links.api("/proposals/" + id))
                        .toList());
    }
}
