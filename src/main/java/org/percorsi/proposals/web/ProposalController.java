package org.percorsi.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.queries.ProposalQueries;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.WithdrawSupport;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.HideComment;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.proposals.usecases.SupportProposal;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PageResult;
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
import org.percorsi.proposals.usecases.FollowProposal;
import org.percorsi.proposals.usecases.WithdrawProposal;
import org.percorsi.accounts.AccountsApi;

/** The proposals of a process: list, new proposal, a proposal's page with support and answer. */
@Controller
class ProposalController {

    private final ProcessesApi processes;
    private final OrganisationApi organisation;
    private final ProposalQueries queries;
    private final AccountsApi accounts;
    private final ProposalPermissions permissions;
    private final SubmitProposal submit;
    private final SupportProposal support;
    private final WithdrawSupport withdrawSupport;
    /** Modules that tell where a proposal came from (meetings). */
    private final java.util.List<org.percorsi.proposals.ProposalOrigins> origins;
    private final AnswerProposal answer;
    private final CommentOnProposal comments;
    private final HideComment hide;
    private final String mapTiles;
    private final WithdrawProposal withdrawProposal;
    private final FollowProposal follow;

    ProposalController(ProcessesApi processes, OrganisationApi organisation, ProposalQueries queries,
            ProposalPermissions permissions, SubmitProposal submit, SupportProposal support, AnswerProposal answer,
            CommentOnProposal comments, HideComment hide, FollowProposal follow,
            @org.springframework.beans.factory.annotation.Value("${percorsi.map.tiles:}") String mapTiles,
            WithdrawProposal withdrawProposal, AccountsApi accounts,
            java.util.List<org.percorsi.proposals.ProposalOrigins> origins,
            WithdrawSupport withdrawSupport) {
        this.origins = origins;
        this.withdrawSupport = withdrawSupport;
        this.accounts = accounts;
        this.mapTiles = mapTiles;
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
        this.answer = answer;
    }

    @GetMapping("/processes/{slug}/proposals")
    String list(@PathVariable String slug, @RequestParam(required = false) ProposalKind kind,
            @RequestParam(required = false) ProposalState state, @RequestParam(required = false) ProposalQueries.Sort sort,
            @RequestParam(required = false) Long theme, @RequestParam(required = false) Long scope,
            @RequestParam(required = false) Long phase,
            @RequestParam(required = false) Integer page,
            @org.springframework.web.bind.annotation.CookieValue(name = "percorsi-seed", required = false) Integer seed,
            HttpServletResponse response, Model model) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        if (sort == ProposalQueries.Sort.RANDOM && seed == null) {
            // a random order that stays the same for this visitor while they page through it;
            // other orders set no cookie, so their pages stay shareable by the anonymous page cache
            seed = java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
            var cookie = new jakarta.servlet.http.Cookie("percorsi-seed", String.valueOf(seed));
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(24 * 3600);
            response.addCookie(cookie);
        }
        model.addAttribute("process", process);
        var filter = new ProposalQueries.Filter(kind, state, theme, scope, phase, processes.hiddenPhaseIds());
        model.addAttribute("result", queries.list(process.id(), filter,
                sort == null ? ProposalQueries.Sort.NEWEST : sort, PageResult.clampPage(page), seed == null ? 0 : seed));
        model.addAttribute("theme", theme);
        model.addAttribute("scope", scope);
        model.addAttribute("phase", phase);
        model.addAttribute("themes", organisation.themesById(process.themeIds()).values().stream().toList());
        model.addAttribute("scopes", organisation.scopesById(process.scopeIds()).values().stream().toList());
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
        return form(model, slug, new ProposalForm(ProposalKind.NEED, "", "", null, null, "", "", null, "", null, null, null), FormErrors.none(), null);
    }

    @PostMapping("/processes/{slug}/proposals")
    String create(@PathVariable String slug, @Valid @ModelAttribute ProposalForm form, BindingResult result,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        return Forms.attempt(result, response, () -> submit.handle(process.id(), form))
                .map(id -> {
                    Flash.success(redirect, "proposals.submitted");
                    return "redirect:/proposals/" + id;
                })
                .orElseGet(() -> form(model, slug, form, FormErrors.of(result),
                        queries.similar(process.id(), processes.hiddenPhaseIds(), form.title(), 5)));
    }

    @GetMapping("/proposals/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer cpage, Model model) {
        model.addAttribute("commentPage", PageResult.clampPage(cpage));
        return page(model, id, FormErrors.none(), null);
    }

    @PostMapping("/proposals/{id}/comments")
    String comment(@PathVariable long id, @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        visible(id);
        if (Forms.attempt(result, response, () -> comments.comment(id, form)).isPresent()) {
            Flash.success(redirect, "comments.added");
            return "redirect:/proposals/" + id + "#comments-heading";
        }
        model.addAttribute("commentErrors", FormErrors.of(result));
        return page(model, id, FormErrors.none(), null);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/edit")
    String edit(@PathVariable long id, @PathVariable long commentId, @RequestParam(required = false) String body,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> comments.edit(commentId, body), "comments.edited", response, model, redirect);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/report")
    String report(@PathVariable long id, @PathVariable long commentId, @RequestParam(required = false) String reason,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return actChecked(id, () -> comments.report(id, commentId, reason), "comments.reported", response, model, redirect);
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/hide")
    String hide(@PathVariable long id, @PathVariable long commentId, @RequestParam(required = false) String reason,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, () -> hide.handle(commentId, reason), "comments.hidden", response, model, redirect);
    }

    @PostMapping("/proposals/{id}/support")
    String support(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return actChecked(id, () -> support.support(id), "proposals.supported", response, model, redirect);
    }

    @PostMapping("/proposals/{id}/withdraw-support")
    String withdraw(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return actChecked(id, () -> withdrawSupport.handle(id), "proposals.supportWithdrawn", response, model, redirect);
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
    String withdrawProposal(@PathVariable long id, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        return act(id, () -> withdrawProposal.handle(id), "proposals.withdrawn", response, model, redirect);
    }

    @GetMapping("/evaluation")
    String queue(@RequestParam(required = false) Long process, @RequestParam(required = false) Integer page,
            Model model) {
        var mine = permissions.evaluable();
        if (mine.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("Evaluators only");
        }
        var chosen = process != null && mine.contains(process) ? java.util.List.of(process) : mine;
        model.addAttribute("result", queries.queue(chosen, PageResult.clampPage(page)));
        return "proposals/queue";
    }

    @PostMapping("/proposals/{id}/answer")
    String answer(@PathVariable long id, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var detail = visible(id);
        permissions.requireEvaluator(detail.processId());
        if (Forms.attempt(result, response, () -> answer.handle(id, form))) {
            Flash.success(redirect, "proposals.answered");
            return "redirect:/proposals/" + id;
        }
        return page(model, id, FormErrors.of(result), null);
    }

    private String act(long id, Runnable action, String doneKey, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        visible(id);
        return actChecked(id, action, doneKey, response, model, redirect);
    }

    /** For use cases that check the proposal's visibility themselves (supports: the busiest writes). */
    private String actChecked(long id, Runnable action, String doneKey, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        return Forms.refusalOf(response, action)
                .map(refusal -> page(model, id, FormErrors.none(), View.t(refusal.messageKey(), refusal.args())))
                .orElseGet(() -> {
                    Flash.success(redirect, doneKey);
                    return "redirect:/proposals/" + id;
                });
    }

    private record Visible(ProposalQueries.Detail detail, org.percorsi.processes.ProcessPage process) {
    }

    /** The proposal and its process, if the viewer may see them (not in a process or phase reserved for others). */
    private Visible visibleWithProcess(long id) {
        var detail = queries.detail(id).orElseThrow(() -> new NotFoundException("proposal " + id));
        var process = processes.visibleById(detail.processId()).orElseThrow(() -> new NotFoundException("proposal " + id));
        if (process.phases().stream().noneMatch(p -> p.id() == detail.phaseId())) {
            throw new NotFoundException("proposal " + id); // its phase is reserved for others
        }
        return new Visible(detail, process);
    }

    private ProposalQueries.Detail visible(long id) {
        return visibleWithProcess(id).detail();
    }

    private String page(Model model, long id, FormErrors answerErrors, String refusal) {
        var visible = visibleWithProcess(id);
        var detail = visible.detail();
        var process = visible.process();
        model.addAttribute("proposal", detail);
        model.addAttribute("process", process);
        model.addAttribute("origin", detail.originMeetingId() == null ? null : origins.stream()
                .flatMap(o -> o.meeting(detail.originMeetingId()).stream()).findFirst().orElse(null));
        model.addAttribute("canEvaluate", permissions.canEvaluate(detail.processId()));
        model.addAttribute("canManage", permissions.canManage(detail.processId()));
        model.addAttribute("mapTiles", mapTiles);
        model.addAttribute("viewerIsAuthor", detail.authorId() != null
                && detail.authorId().equals(accounts.currentAccountId().orElse(null)));
        model.addAttribute("viewerId", accounts.currentAccountId().orElse(-1L));
        model.addAttribute("answerErrors", answerErrors);
        // a form whose values could not even be converted (a date that is no date) is bound as null
        if (!(model.getAttribute("answerForm") instanceof AnswerForm)) {
            model.addAttribute("answerForm", answerFormFrom(detail.answer()));
        }
        model.addAttribute("refusal", refusal);
        int commentPage = model.getAttribute("commentPage") instanceof Integer p ? p : 1;
        model.addAttribute("comments", queries.comments(id, commentPage));
        model.addAttribute("canModerate", hide.canModerate(detail.processId()));
        // what would be refused is not offered: the page says why instead
        model.addAttribute("supportRefusal", refusalText(support.whyNot(id)));
        model.addAttribute("commentRefusal", refusalText(comments.whyNot(id)));
        if (!model.containsAttribute("commentErrors")) {
            model.addAttribute("commentErrors", FormErrors.none());
        }
        return "proposals/show";
    }

    /** A new answer starts from the current one: most often the act is added or the motivation revised. */
    private static AnswerForm answerFormFrom(org.percorsi.proposals.Answer current) {
        if (current == null) {
            return new AnswerForm(null, "", null, null, null, null, null);
        }
        var act = current.act();
        return new AnswerForm(current.decision(), org.percorsi.shared.richtext.RichText.forEditing(current.motivationHtml()),
                current.mergedInto(), act == null ? null : act.type(), act == null ? null : act.number(),
                act == null ? null : act.date(), act == null ? null : act.url());
    }

    /** What a refusal says to the person, or null when nothing would be refused. */
    private static String refusalText(java.util.Optional<org.percorsi.shared.validation.RuleViolation> refusal) {
        return refusal.map(r -> View.t(r.messageKey(), r.args())).orElse(null);
    }

    private String form(Model model, String slug, ProposalForm form, FormErrors errors,
            java.util.List<ProposalQueries.Card> similar) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        model.addAttribute("process", process);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("themes", organisation.themesById(process.themeIds()).values().stream().toList());
        model.addAttribute("scopes", organisation.scopesById(process.scopeIds()).values().stream().toList());
        model.addAttribute("similar", similar == null ? java.util.List.of() : similar);
        model.addAttribute("canEnterFromPaper", permissions.canEnterFromPaper(process.id()));
        model.addAttribute("proposeRefusal", refusalText(submit.whyNot(process.id())));
        model.addAttribute("meetings", permissions.canEnterFromPaper(process.id())
                ? origins.stream().flatMap(o -> o.meetingsOf(process.id()).stream()).toList() : java.util.List.of());
        return "proposals/form";
    }
}
