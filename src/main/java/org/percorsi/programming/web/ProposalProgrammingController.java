package org.percorsi.programming.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.queries.ProgrammingQueries;
import org.percorsi.programming.usecases.LinkProposal;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back office of a process's managers: carry a proposal into the programming (links to DUP
 * objectives and actions). The answer itself is given on the proposal's page; this page shows it.
 */
@Controller
class ProposalProgrammingController {

    private static final String BASE = "/admin/processes/{processId}/proposals/{proposalId}/programming";

    private final ProgrammingQueries queries;
    private final LinkProposal link;
    private final ProgrammingPermissions permissions;
    private final ProposalsApi proposals;

    ProposalProgrammingController(
            ProgrammingQueries queries, LinkProposal link, ProgrammingPermissions permissions, ProposalsApi proposals) {
        this.queries = queries;
        this.link = link;
        this.permissions = permissions;
        this.proposals = proposals;
    }

    @GetMapping(BASE)
    String page(
            @PathVariable long processId,
            @PathVariable long proposalId,
            @RequestParam(required = false) String q,
            Model model) {
        permissions.requireManagerOfProcess(processId); // a page of the process's back office, not an action
        return page(model, proposalOf(processId, proposalId), q, null);
    }

    @PostMapping(BASE + "/link")
    String link(
            @PathVariable long processId,
            @PathVariable long proposalId,
            @RequestParam(required = false) Long nodeId,
            @RequestParam(required = false) String note,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var proposal = proposalOf(processId, proposalId);
        return Forms.act(
                () -> link.link(proposalId, nodeId, note),
                response,
                redirect,
                "programming.link.done",
                pageUrl(proposal),
                refusal -> page(model, proposal, null, View.t(refusal.messageKey(), refusal.args())));
    }

    @PostMapping(BASE + "/unlink")
    String unlink(
            @PathVariable long processId,
            @PathVariable long proposalId,
            @RequestParam(required = false) Long nodeId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var proposal = proposalOf(processId, proposalId);
        return Forms.act(
                () -> link.unlink(proposalId, nodeId),
                response,
                redirect,
                "programming.link.removed",
                pageUrl(proposal),
                refusal -> page(model, proposal, null, View.t(refusal.messageKey(), refusal.args())));
    }

    private record Proposal(long processId, long id, String title) {}

    /** The proposal of the address; one of another process is not found here (404). */
    private Proposal proposalOf(long processId, long proposalId) {
        var found = queries.proposal(proposalId)
                .filter(p -> p.processId() == processId)
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        return new Proposal(processId, proposalId, found.title());
    }

    private static String pageUrl(Proposal proposal) {
        return "/admin/processes/" + proposal.processId() + "/proposals/" + proposal.id() + "/programming";
    }

    private String page(Model model, Proposal proposal, String q, String refusal) {
        model.addAttribute("processId", proposal.processId());
        model.addAttribute("proposalId", proposal.id());
        model.addAttribute("proposalTitle", proposal.title());
        model.addAttribute("links", queries.linksOf(proposal.id()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", queries.findNodes(q, 20));
        model.addAttribute("refusal", refusal);
        model.addAttribute("answer", proposals.currentAnswer(proposal.id()).orElse(null));
        return "programming/admin/proposal";
    }
}
