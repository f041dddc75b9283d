package org.percorsi.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.queries.ProposalQueries;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evaluation: the evaluators' queue of proposals waiting for an answer, and the answer itself. */
@Controller
class EvaluationController {

    private final ProposalQueries queries;
    private final ProposalPermissions permissions;
    private final AnswerProposal answer;
    private final ProposalPage page;

    EvaluationController(
            ProposalQueries queries, ProposalPermissions permissions, AnswerProposal answer, ProposalPage page) {
        this.queries = queries;
        this.permissions = permissions;
        this.answer = answer;
        this.page = page;
    }

    @GetMapping("/evaluation")
    String queue(
            @RequestParam(required = false) Long process, @RequestParam(required = false) Integer page, Model model) {
        var mine = permissions.evaluable();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("Evaluators only");
        }
        var chosen = process != null && mine.contains(process) ? List.of(process) : mine;
        model.addAttribute("result", queries.queue(chosen, PageResult.clampPage(page)));
        return "proposals/queue";
    }

    /** The answer is the use case's to authorize; a proposal the viewer cannot see is not found. */
    @PostMapping("/proposals/{id}/answer")
    String answer(
            @PathVariable long id,
            @Valid @ModelAttribute("answerForm") AnswerForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        page.visible(id);
        if (Forms.attempt(result, response, () -> answer.handle(id, form))) {
            Flash.success(redirect, "proposals.answered");
            return "redirect:/proposals/" + id;
        }
        return page.render(model, id, FormErrors.of(result), null);
    }
}
