package org.percorsi.programming.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.queries.ProgrammingQueries;
import org.percorsi.programming.usecases.AnswerFormally;
import org.percorsi.programming.usecases.FormalAnswerForm;
import org.percorsi.programming.usecases.LinkProposal;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back office of a process's managers: carry a proposal into the programming (links
 * to DUP objectives and actions) and record the municipality's formal answer.
 */
@Controller
class ProposalProgrammingController {

    private static final String BASE = "/admin/processes/{processId}/proposals/{proposalId}/programming";

    private final ProgrammingQueries queries;
    private final LinkProposal link;
    private final AnswerFormally answer;
    private final ProgrammingPermissions permissions;
    private final ProposalsApi proposals;

    ProposalProgrammingController(ProgrammingQueries queries, LinkProposal link, AnswerFormally answer,
            ProgrammingPermissions permissions, ProposalsApi proposals) {
        this.queries = queries;
        this.link = link;
        this.answer = answer;
        this.permissions = permissions;
        this.proposals = proposals;
    }

    @GetMapping(BASE)
    String page(@PathVariable long processId, @PathVariable long proposalId, @RequestParam(required = false) String q,
            Model model) {
        var proposal = proposal(processId, proposalId);
        var current = queries.formalAnswer(proposalId);
        var form = current.map(a -> new FormalAnswerForm(a.decision(),
                        org.percorsi.shared.richtext.RichText.plainText(a.motivationHtml()), a.actType(), a.actNumber(),
                        a.actDate(), a.actUrl(), a.nodeId()))
                .orElse(new FormalAnswerForm(null, "", "Delibera di Giunta", "", null, "", null));
        return page(model, proposal, q, form, FormErrors.none(), null);
    }

    @PostMapping(BASE + "/link")
    String link(@PathVariable long processId, @PathVariable long proposalId, @RequestParam(required = false) Long nodeId,
            @RequestParam(required = false) String note, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        var proposal = proposal(processId, proposalId);
        return Forms.refusalOf(response, () -> link.link(proposalId, nodeId, note))
                .map(refusal -> page(model, proposal, null, emptyAnswer(), FormErrors.none(),
                        View.t(refusal.messageKey(), refusal.args())))
                .orElseGet(() -> {
                    Flash.success(redirect, "programming.link.done");
                    return "redirect:/admin/processes/" + processId + "/proposals/" + proposalId + "/programming";
                });
    }

    @PostMapping(BASE + "/unlink")
    String unlink(@PathVariable long processId, @PathVariable long proposalId, @RequestParam(required = false) Long nodeId,
            RedirectAttributes redirect) {
        proposal(processId, proposalId);
        if (nodeId != null) {
            link.unlink(proposalId, nodeId);
        }
        Flash.success(redirect, "programming.link.removed");
        return "redirect:/admin/processes/" + processId + "/proposals/" + proposalId + "/programming";
    }

    @PostMapping(BASE + "/answer")
    String answer(@PathVariable long processId, @PathVariable long proposalId,
            @Valid @ModelAttribute("form") FormalAnswerForm form, BindingResult result, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        var proposal = proposal(processId, proposalId);
        if (Forms.attempt(result, response, () -> answer.answer(proposalId, form))) {
            Flash.success(redirect, "programming.answer.saved");
            return "redirect:/admin/processes/" + processId + "/proposals/" + proposalId + "/programming";
        }
        return page(model, proposal, null, form, FormErrors.of(result), null);
    }

    private record Proposal(long processId, long id, String title) {
    }

    private Proposal proposal(long processId, long proposalId) {
        permissions.requireManagerOfProcess(processId);
        var found = proposals.indexable(proposalId).filter(p -> p.processId() == processId)
                .orElseThrow(() -> new NotFoundException("proposal " + proposalId));
        return new Proposal(processId, proposalId, found.title());
    }

    private static FormalAnswerForm emptyAnswer() {
        return new FormalAnswerForm(null, "", "Delibera di Giunta", "", null, "", null);
    }

    private String page(Model model, Proposal proposal, String q, FormalAnswerForm form, FormErrors errors, String refusal) {
        model.addAttribute("processId", proposal.processId());
        model.addAttribute("proposalId", proposal.id());
        model.addAttribute("proposalTitle", proposal.title());
        model.addAttribute("links", queries.linksOf(proposal.id()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", queries.findNodes(q, 20));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("current", queries.formalAnswer(proposal.id()).orElse(null));
        return "programming/admin/proposal";
    }
}
