package org.percorsi.proposals.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalOrigins;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.queries.ProposalQueries;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.FollowProposal;
import org.percorsi.proposals.usecases.HideComment;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.proposals.usecases.SupportProposal;
import org.percorsi.proposals.usecases.WithdrawProposal;
import org.percorsi.proposals.usecases.WithdrawSupport;
import org.percorsi.shared.language.AskedTranslation;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PageResult;
import org.percorsi.shared.web.PersonalParts;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The proposals of a process: list, new proposal, a proposal's page with supports, comments and follows. */
@Controller
class ProposalController {

    private final ProcessesApi processes;
    private final OrganisationApi organisation;
    private final ProposalQueries queries;
    private final ProposalPermissions permissions;
    private final SubmitProposal submit;
    private final SupportProposal support;
    private final WithdrawSupport withdrawSupport;
    /** Modules that tell where a proposal came from (meetings). */
    private final List<ProposalOrigins> origins;

    private final CommentOnProposal comments;
    private final HideComment hide;
    private final WithdrawProposal withdrawProposal;
    private final FollowProposal follow;
    private final ProposalPage page;

    ProposalController(
            ProcessesApi processes,
            OrganisationApi organisation,
            ProposalQueries queries,
            ProposalPermissions permissions,
            SubmitProposal submit,
            SupportProposal support,
            CommentOnProposal comments,
            HideComment hide,
            FollowProposal follow,
            WithdrawProposal withdrawProposal,
            List<ProposalOrigins> origins,
            WithdrawSupport withdrawSupport,
            ProposalPage page) {
        this.origins = origins;
        this.withdrawSupport = withdrawSupport;
        this.page = page;
        this.withdrawProposal = withdrawProposal;
        this.follow = follow;
        this.comments = comments;
        this.hide = hide;
        this.processes = processes;
        this.organisation = organisation;
        this.queries = queries;
        this.permissions = permissions;
        this.submit = submit;
        this.support = support;
    }

    @GetMapping("/processes/{slug}/proposals")
    String list(
            @PathVariable String slug,
            @RequestParam(required = false) ProposalKind kind,
            @RequestParam(required = false) ProposalState state,
            @RequestParam(required = false) ProposalQueries.Sort sort,
            @RequestParam(required = false) Long theme,
            @RequestParam(required = false) Long scope,
            @RequestParam(required = false) Long phase,
            @RequestParam(required = false) Integer page,
            @CookieValue(name = "percorsi-seed", required = false) Integer seed,
            HttpServletResponse response,
            Model model) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        if (sort == ProposalQueries.Sort.RANDOM && seed == null) {
            // a random order that stays the same for this visitor while they page through it;
            // other orders set no cookie, so their pages stay shareable by the anonymous page cache
            seed = ThreadLocalRandom.current().nextInt(1_000_000);
            var cookie = new Cookie("percorsi-seed", String.valueOf(seed));
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(24 * 3600);
            response.addCookie(cookie);
        }
        // the same list for every participant: what they are offered depends only on their verification level
        PersonalParts.sameForEveryParticipant();
        model.addAttribute("process", process);
        var filter = new ProposalQueries.Filter(kind, state, theme, scope, phase, processes.hiddenPhaseIds());
        model.addAttribute(
                "result",
                queries.list(
                        process.id(),
                        filter,
                        sort == null ? ProposalQueries.Sort.NEWEST : sort,
                        PageResult.clampPage(page),
                        seed == null ? 0 : seed));
        model.addAttribute("theme", theme);
        model.addAttribute("scope", scope);
        model.addAttribute("phase", phase);
        model.addAttribute(
                "themes",
                organisation.themesById(process.themeIds()).values().stream().toList());
        model.addAttribute(
                "scopes",
                organisation.scopesById(process.scopeIds()).values().stream().toList());
        model.addAttribute("kind", kind == null ? "" : kind.name());
        model.addAttribute("state", state == null ? "" : state.name());
        model.addAttribute("sort", sort == null ? "NEWEST" : sort.name());
        model.addAttribute("proposeRefusal", refusalText(submit.whyNot(process.id())));
        return "proposals/list";
    }

    /** Proposals with a similar title, as a fragment the form asks for while one types (htmx). */
    @GetMapping("/processes/{slug}/proposals/similar")
    String similar(@PathVariable String slug, @RequestParam(required = false) String title, Model model) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        model.addAttribute("similar", queries.similar(process.id(), processes.hiddenPhaseIds(), title, 5));
        return "proposals/similar";
    }

    @GetMapping("/processes/{slug}/proposals/new")
    String newForm(@PathVariable String slug, Model model) {
        return form(
                model,
                slug,
                new ProposalForm(ProposalKind.NEED, "", "", null, null, "", "", null, "", null, null, null),
                FormErrors.none(),
                null);
    }

    @PostMapping("/processes/{slug}/proposals")
    String create(
            @PathVariable String slug,
            @Valid @ModelAttribute ProposalForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        return Forms.attempt(result, response, () -> submit.handle(process.id(), form))
                .map(id -> {
                    Flash.success(redirect, "proposals.submitted");
                    return "redirect:/proposals/" + id;
                })
                .orElseGet(() -> form(
                        model,
                        slug,
                        form,
                        FormErrors.of(result),
                        queries.similar(process.id(), processes.hiddenPhaseIds(), form.title(), 5)));
    }

    @GetMapping("/proposals/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) Integer cpage,
            @RequestParam(required = false) Boolean translate,
            @RequestParam(name = AskedTranslation.PARAMETER, required = false) String translateText,
            @RequestParam(required = false) String done,
            Model model) {
        // the same for every participant but their support, following, authorship and editable comments
        PersonalParts.sameForEveryParticipant();
        model.addAttribute("supportOutcome", SupportOutcome.of(done).orElse(null));
        model.addAttribute("commentPage", PageResult.clampPage(cpage));
        // a machine translation of the author's words, asked for by the reader: shown labelled, kept nowhere
        model.addAttribute("translateBody", Boolean.TRUE.equals(translate));
        model.addAttribute("translateText", translateText);
        return page(model, id, FormErrors.none(), null);
    }

    @PostMapping("/proposals/{id}/comments")
    String comment(
            @PathVariable long id,
            @Valid @ModelAttribute("commentForm") CommentForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        visible(id);
        if (Forms.attempt(result, response, () -> comments.comment(id, form)).isPresent()) {
            Flash.success(redirect, "comments.added");
            return "redirect:/proposals/" + id + "#comments-heading";
        }
        model.addAttribute("commentErrors", FormErrors.of(result));
        return page(model, id, FormErrors.none(), null);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) String body,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(id, () -> comments.edit(commentId, body), "comments.edited", response, model, redirect);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/report")
    String report(
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) String reason,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actChecked(
                id, () -> comments.report(id, commentId, reason), "comments.reported", response, model, redirect);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/hide")
    String hide(
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(required = false) String reason,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(id, () -> hide.handle(commentId, reason), "comments.hidden", response, model, redirect);
    }

    @PostMapping("/proposals/{id}/support")
    String support(@PathVariable long id, HttpServletResponse response, Model model) {
        return supportChange(id, () -> support.support(id), SupportOutcome.SUPPORTED, response, model);
    }

    @PostMapping("/proposals/{id}/withdraw-support")
    String withdraw(@PathVariable long id, HttpServletResponse response, Model model) {
        return supportChange(id, () -> withdrawSupport.handle(id), SupportOutcome.WITHDRAWN, response, model);
    }

    /** Supports, the busiest writes, check the proposal's visibility themselves; their page says what was done. */
    private String supportChange(
            long id, Runnable action, SupportOutcome outcome, HttpServletResponse response, Model model) {
        return Forms.actToldByPage(
                action,
                response,
                outcome.pageOf(id),
                refusal -> page(model, id, FormErrors.none(), View.t(refusal.messageKey(), refusal.args())));
    }

    @PostMapping("/proposals/{id}/follow")
    String follow(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> follow.follow(id, true), "proposals.followed", response, model, redirect);
    }

    @PostMapping("/proposals/{id}/unfollow")
    String unfollow(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> follow.follow(id, false), "proposals.unfollowed", response, model, redirect);
    }

    @PostMapping("/proposals/{id}/withdraw")
    String withdrawProposal(
            @PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> withdrawProposal.handle(id), "proposals.withdrawn", response, model, redirect);
    }

    private String act(
            long id,
            Runnable action,
            String doneKey,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        visible(id);
        return actChecked(id, action, doneKey, response, model, redirect);
    }

    /** For use cases that check the proposal's visibility themselves (supports: the busiest writes). */
    private String actChecked(
            long id,
            Runnable action,
            String doneKey,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                action,
                response,
                redirect,
                doneKey,
                "/proposals/" + id,
                refusal -> page(model, id, FormErrors.none(), View.t(refusal.messageKey(), refusal.args())));
    }

    private ProposalQueries.Detail visible(long id) {
        return page.visible(id).detail();
    }

    private String page(Model model, long id, FormErrors answerErrors, String refusal) {
        return page.render(model, id, answerErrors, refusal);
    }

    private static String refusalText(Optional<RuleViolation> refusal) {
        return ProposalPage.refusalText(refusal);
    }

    private String form(
            Model model, String slug, ProposalForm form, FormErrors errors, List<ProposalQueries.Card> similar) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        model.addAttribute("process", process);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "themes",
                organisation.themesById(process.themeIds()).values().stream().toList());
        model.addAttribute(
                "scopes",
                organisation.scopesById(process.scopeIds()).values().stream().toList());
        model.addAttribute("similar", similar == null ? List.of() : similar);
        model.addAttribute("canEnterFromPaper", permissions.canEnterFromPaper(process.id()));
        model.addAttribute("proposeRefusal", refusalText(submit.whyNot(process.id())));
        model.addAttribute(
                "meetings",
                permissions.canEnterFromPaper(process.id())
                        ? origins.stream()
                                .flatMap(o -> o.meetingsOf(process.id()).stream())
                                .toList()
                        : List.of());
        return "proposals/form";
    }
}
