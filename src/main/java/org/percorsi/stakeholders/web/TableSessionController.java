package org.percorsi.stakeholders.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.DecisionCitations;
import org.percorsi.stakeholders.queries.SessionQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages of a process's negotiation table sessions: the list, and each session with its agenda,
 * attendance by organisation, decisions and its minutes once approved. A reserved process's sessions are seen
 * only by its area, like the process itself. Under each decision, the documents that cite it, told by the modules
 * that cite decisions ({@link DecisionCitations}).
 */
@Controller
class TableSessionController {

    private final SessionQueries queries;
    private final ProcessesApi processes;
    private final List<DecisionCitations> citations;

    TableSessionController(SessionQueries queries, ProcessesApi processes, List<DecisionCitations> citations) {
        this.queries = queries;
        this.processes = processes;
        this.citations = citations;
    }

    @GetMapping("/processes/{slug}/table/sessions")
    String list(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        model.addAttribute("process", process);
        model.addAttribute("result", queries.list(process.id(), page));
        return "stakeholders/sessions/list";
    }

    @GetMapping("/processes/{slug}/table/sessions/{number}")
    String show(@PathVariable String slug, @PathVariable int number, Model model) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        var session = queries.session(process.id(), number)
                .orElseThrow(() -> new NotFoundException("session " + number + " of " + slug));
        model.addAttribute("process", process);
        model.addAttribute("session", session);
        model.addAttribute("meeting", queries.meetingForViewer(session).orElse(null));
        model.addAttribute("attended", queries.attendance(session.id()));
        var decisions = queries.decisions(session.id());
        var decisionIds = decisions.stream().map(SessionQueries.Decision::id).toList();
        var citedIn = new HashMap<Long, List<DecisionCitations.Citation>>();
        if (!decisionIds.isEmpty()) {
            citations.forEach(c -> c.citationsOf(process.id(), decisionIds)
                    .forEach((id, places) ->
                            citedIn.computeIfAbsent(id, k -> new ArrayList<>()).addAll(places)));
        }
        model.addAttribute("decisions", decisions);
        model.addAttribute("citedIn", citedIn);
        return "stakeholders/sessions/show";
    }
}
