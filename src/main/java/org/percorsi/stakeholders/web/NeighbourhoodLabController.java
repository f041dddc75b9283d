package org.percorsi.stakeholders.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationApi.ScopeSummary;
import org.percorsi.processes.ProcessPage;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.queries.TableQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A process run per neighbourhood (the neighbourhood labs): a page per neighbourhood with its workshops, its
 * needs (the most supported first) and the project ideas they became, the funnel in numbers, and the city-wide
 * workshop that brings them together. The neighbourhoods are those of the process's places (a district or the
 * municipality stands for the neighbourhoods inside it), or all of the municipality's when it names none.
 */
@Controller
class NeighbourhoodLabController {

    private static final String NEIGHBOURHOOD = "NEIGHBOURHOOD";

    private final ProcessesApi processes;
    private final OrganisationApi organisation;
    private final MeetingsApi meetings;
    private final ProposalsApi proposals;
    private final TableQueries table;

    NeighbourhoodLabController(
            ProcessesApi processes,
            OrganisationApi organisation,
            MeetingsApi meetings,
            ProposalsApi proposals,
            TableQueries table) {
        this.processes = processes;
        this.organisation = organisation;
        this.meetings = meetings;
        this.proposals = proposals;
        this.table = table;
    }

    @GetMapping("/processes/{slug}/neighbourhoods")
    String index(@PathVariable String slug, Model model) {
        var process = visible(slug);
        model.addAttribute("process", process);
        model.addAttribute("neighbourhoods", neighbourhoods(process));
        model.addAttribute("cityWide", meetings.ofProcessIn(process.id(), List.of()));
        return "stakeholders/labs/index";
    }

    @GetMapping("/processes/{slug}/neighbourhoods/{scopeId}")
    String neighbourhood(@PathVariable String slug, @PathVariable long scopeId, Model model) {
        var process = visible(slug);
        var neighbourhood = neighbourhoods(process).stream()
                .filter(n -> n.id() == scopeId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("neighbourhood " + scopeId + " of " + slug));
        var places = organisation.scopeWithDescendants(scopeId);
        model.addAttribute("process", process);
        model.addAttribute("neighbourhood", neighbourhood);
        // who promotes participation there for the negotiation table (names of persons only with their consent)
        model.addAttribute(
                "referents",
                table.publicReferents(process.id()).stream()
                        .filter(r -> r.scopeId() != null && r.scopeId() == scopeId)
                        .toList());
        model.addAttribute("workshops", meetings.ofProcessIn(process.id(), places));
        model.addAttribute("funnel", proposals.funnel(process.id(), places));
        model.addAttribute("cityWide", meetings.ofProcessIn(process.id(), List.of()));
        return "stakeholders/labs/neighbourhood";
    }

    private List<ScopeSummary> neighbourhoods(ProcessPage process) {
        var tree = organisation.scopeTree();
        if (process.scopeIds().isEmpty()) {
            return tree.stream().filter(s -> NEIGHBOURHOOD.equals(s.kind())).toList();
        }
        // the tree comes parents first: a scope is inside the process's territory if it or its parent is
        Set<Long> inside = new HashSet<>(process.scopeIds());
        for (ScopeSummary scope : tree) {
            if (scope.parentId() != null && inside.contains(scope.parentId())) {
                inside.add(scope.id());
            }
        }
        return tree.stream()
                .filter(s -> NEIGHBOURHOOD.equals(s.kind()) && inside.contains(s.id()))
                .toList();
    }

    private ProcessPage visible(String slug) {
        return processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
    }
}
