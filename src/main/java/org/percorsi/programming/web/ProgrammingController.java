package org.percorsi.programming.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.percorsi.processes.ProcessPage;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.programming.ObjectiveLevel;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.queries.ProgrammingQueries;
import org.percorsi.programming.usecases.MarkProcessAnswered;
import org.percorsi.proposals.ProposalState;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.text.Csv;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** Public accountability: the DUP cycles and objectives, and what became of each process's proposals. */
@Controller
class ProgrammingController {

    private final ProgrammingQueries queries;
    private final ProcessesApi processes;
    private final ProgrammingPermissions permissions;
    private final MarkProcessAnswered markAnswered;
    private final JsonMapper json = JsonMapper.builder().build();

    ProgrammingController(
            ProgrammingQueries queries,
            ProcessesApi processes,
            ProgrammingPermissions permissions,
            MarkProcessAnswered markAnswered) {
        this.queries = queries;
        this.processes = processes;
        this.permissions = permissions;
        this.markAnswered = markAnswered;
    }

    @GetMapping("/programming")
    String cycles(Model model) {
        model.addAttribute("cycles", queries.cycles());
        return "programming/cycles";
    }

    @GetMapping("/programming/{cycleId}")
    String cycle(@PathVariable long cycleId, Model model) {
        model.addAttribute(
                "cycle", queries.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle " + cycleId)));
        model.addAttribute("tree", queries.tree(cycleId, ObjectiveLevel.OPERATIVE_OBJECTIVE));
        model.addAttribute("versions", queries.versions(cycleId));
        return "programming/cycle";
    }

    @GetMapping("/programming/objectives/{nodeId}")
    String node(@PathVariable long nodeId, Model model) {
        model.addAttribute(
                "node", queries.node(nodeId).orElseThrow(() -> new NotFoundException("objective " + nodeId)));
        return "programming/node";
    }

    @GetMapping("/programming/objectives/{nodeId}.csv")
    void nodeCsv(@PathVariable long nodeId, HttpServletResponse response) throws IOException {
        var node = queries.node(nodeId).orElseThrow(() -> new NotFoundException("objective " + nodeId));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"obiettivo-" + nodeId + ".csv\"");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        out.write(Csv.row("objective", "level", "proposal", "title", "process", "state", "note"));
        for (var proposal : node.proposals()) {
            out.write(Csv.row(
                    node.titleText(),
                    node.level(),
                    proposal.id(),
                    proposal.title(),
                    proposal.processTitle(),
                    proposal.state(),
                    proposal.note()));
        }
        out.flush();
    }

    @GetMapping("/programming/objectives/{nodeId}.json")
    void nodeJson(@PathVariable long nodeId, HttpServletResponse response) throws IOException {
        var node = queries.node(nodeId).orElseThrow(() -> new NotFoundException("objective " + nodeId));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), node);
    }

    @GetMapping("/processes/{slug}/accountability")
    String accountability(
            @PathVariable String slug, @RequestParam(required = false) ProposalState decision, Model model) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        return accountabilityPage(model, process, decision);
    }

    /** A manager marks the process answered; refused, with the reason, while a proposal still waits for its answer. */
    @PostMapping("/admin/processes/{processId}/accountability/answered")
    String markAnswered(@PathVariable long processId, HttpServletResponse response, RedirectAttributes redirect) {
        var process = queries.process(processId).orElseThrow(() -> new NotFoundException("process " + processId));
        String back =
                process.draft() ? "/admin/processes/" + processId : "/processes/" + process.slug() + "/accountability";
        return Forms.actFromPage(
                () -> markAnswered.handle(processId), response, redirect, "programming.answer.processAnswered", back);
    }

    private String accountabilityPage(Model model, ProcessPage process, ProposalState decision) {
        model.addAttribute("process", process);
        model.addAttribute("result", queries.accountability(process.id(), decision));
        model.addAttribute("decisions", ProposalState.values());
        model.addAttribute("decision", decision == null ? "" : decision.name());
        model.addAttribute("canManage", permissions.canManageProcess(process.id()));
        return "programming/accountability";
    }

    @GetMapping("/processes/{slug}/accountability.csv")
    void csv(@PathVariable String slug, HttpServletResponse response) throws IOException {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        var result = queries.accountability(process.id(), null);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + slug + "-esiti.csv\"");
        Writer out = response.getWriter();
        out.write('\uFEFF'); // Excel reads UTF-8 with the mark
        out.write(Csv.row(
                "proposal",
                "title",
                "state",
                "decision",
                "motivation",
                "answered_at",
                "merged_into",
                "act_type",
                "act_number",
                "act_date",
                "act_url",
                "dup_objectives"));
        for (var outcome : result.outcomes()) {
            var a = outcome.answer();
            var act = a == null ? null : a.act();
            out.write(Csv.row(
                    outcome.proposalId(),
                    outcome.title(),
                    outcome.state(),
                    a == null ? null : a.decision(),
                    a == null ? null : RichText.plainText(a.motivationHtml()),
                    a == null ? null : a.at(),
                    a == null ? null : a.mergedInto(),
                    act == null ? null : act.type(),
                    act == null ? null : act.number(),
                    act == null ? null : act.date(),
                    act == null ? null : act.url(),
                    String.join(
                            " | ",
                            outcome.links().stream()
                                    .map(ProgrammingQueries.Link::titleText)
                                    .toList())));
        }
        out.flush();
    }

    @GetMapping("/processes/{slug}/accountability.json")
    void jsonExport(@PathVariable String slug, HttpServletResponse response) throws IOException {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), queries.accountability(process.id(), null));
    }
}
