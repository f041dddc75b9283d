package org.percorsi.api.queries;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.percorsi.api.access.ApiCaller;
import org.percorsi.proposals.Answer;
import org.percorsi.proposals.ProposalsForApi;
import org.percorsi.proposals.ProposalsForApi.ApiProposal;
import org.percorsi.proposals.ProposalsForApi.Filter;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Proposals as the API shows them: a process's list with filters, one with its answer, and the answers. */
@Service
public class ProposalResources {

    public record ProposalResource(
            @JsonUnwrapped ApiProposal proposal,
            @JsonProperty("_links") Map<String, Link> links) {}

    /** The municipality's answer to a proposal. */
    public record AnswerResource(
            long proposalId,
            String proposalTitle,
            Answer answer,
            @JsonProperty("_links") Map<String, Link> links) {}

    private final ProposalsForApi proposals;
    private final ProcessResources processes;
    private final ApiLinks links;

    ProposalResources(ProposalsForApi proposals, ProcessResources processes, ApiLinks links) {
        this.proposals = proposals;
        this.processes = processes;
        this.links = links;
    }

    public ApiList<ProposalResource> ofProcess(ApiCaller caller, long processId, Filter filter, PageRequest page) {
        if (filter.text() != null && filter.text().length() > 200) {
            throw new ApiBadRequest("badFilter");
        }
        processes.require(caller, processId);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("phase", filter.phaseId());
        filters.put("kind", filter.kind());
        filters.put("status", filter.state());
        filters.put("answered", filter.answered());
        filters.put("q", filter.text());
        return links.page(
                proposals.pageOfProcess(caller.area(), processId, filter, page.after(), page.fetch()),
                page,
                ApiProposal::id,
                this::resource,
                "/processes/" + processId + "/proposals",
                filters);
    }

    public ApiList<AnswerResource> answers(ApiCaller caller, long processId, PageRequest page) {
        processes.require(caller, processId);
        return links.page(
                proposals.pageOfProcess(
                        caller.area(), processId, new Filter(null, null, null, true, null), page.after(), page.fetch()),
                page,
                ApiProposal::id,
                proposal -> new AnswerResource(
                        proposal.id(),
                        proposal.title(),
                        proposal.answer(),
                        Map.of("proposal", links.api("/proposals/" + proposal.id()))),
                "/processes/" + processId + "/answers",
                Map.of());
    }

    public ProposalResource one(ApiCaller caller, long id) {
        return resource(proposals.one(caller.area(), id).orElseThrow(() -> new NotFoundException("proposal " + id)));
    }

    private ProposalResource resource(ApiProposal proposal) {
        return new ProposalResource(
                proposal,
                Map.of(
                        "self", links.api("/proposals/" + proposal.id()),
                        "process", links.api("/processes/" + proposal.processId()),
                        "page", links.to("/proposals/" + proposal.id())));
    }
}
