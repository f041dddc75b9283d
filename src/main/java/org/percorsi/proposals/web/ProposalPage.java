package org.percorsi.proposals.web;

import static org.percorsi.shared.web.View.t;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessPage;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.Answer;
import org.percorsi.proposals.ProposalCitations;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalOrigins;
import org.percorsi.proposals.ProposalPermissions;
import org.percorsi.proposals.queries.NeedLinkQueries;
import org.percorsi.proposals.queries.ProposalQueries;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.HideComment;
import org.percorsi.proposals.usecases.SupportProposal;
import org.percorsi.shared.language.AskedTranslation;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.ContentTranslations;
import org.percorsi.shared.language.TranslationOnRequest;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A proposal's page, as every controller that shows it again (after a refused support, comment or
 * answer) renders it: the proposal if the viewer may see it, and only the actions they could take.
 */
@Component
class ProposalPage {

    /** How many needs the facilitators' link form offers (a lab's process has tens, a city's a few hundred). */
    private static final int NEED_CHOICES = 500;

    private final ProposalQueries queries;
    private final ProcessesApi processes;
    private final AccountsApi accounts;
    private final ProposalPermissions permissions;
    private final SupportProposal support;
    private final CommentOnProposal comments;
    private final HideComment hide;
    /** Modules that tell where a proposal came from (meetings). */
    private final List<ProposalOrigins> origins;
    /** Modules that cite proposals (documents). */
    private final List<ProposalCitations> citations;

    private final NeedLinkQueries needLinks;

    private final String mapTiles;

    private final ContentTranslations translations;

    private final TranslationOnRequest onRequest;

    ProposalPage(
            ProposalQueries queries,
            ProcessesApi processes,
            AccountsApi accounts,
            ProposalPermissions permissions,
            SupportProposal support,
            CommentOnProposal comments,
            HideComment hide,
            List<ProposalOrigins> origins,
            List<ProposalCitations> citations,
            NeedLinkQueries needLinks,
            @Value("${percorsi.map.tiles:}") String mapTiles,
            ObjectProvider<ContentTranslations> translations,
            ObjectProvider<TranslationOnRequest> onRequest) {
        this.translations = translations.getIfAvailable(() -> ContentTranslations.ORIGINALS);
        this.onRequest = onRequest.getIfAvailable(() -> TranslationOnRequest.NONE);
        this.queries = queries;
        this.processes = processes;
        this.accounts = accounts;
        this.permissions = permissions;
        this.support = support;
        this.comments = comments;
        this.hide = hide;
        this.origins = origins;
        this.citations = citations;
        this.needLinks = needLinks;
        this.mapTiles = mapTiles;
    }

    record Visible(ProposalQueries.Detail detail, ProcessPage process) {}

    /** The proposal and its process, if the viewer may see them (not in a process or phase reserved for others). */
    Visible visible(long id) {
        var detail = queries.detail(id).orElseThrow(() -> new NotFoundException("proposal " + id));
        var process =
                processes.visibleById(detail.processId()).orElseThrow(() -> new NotFoundException("proposal " + id));
        if (process.phases().stream().noneMatch(p -> p.id() == detail.phaseId())) {
            throw new NotFoundException("proposal " + id); // its phase is reserved for others
        }
        return new Visible(detail, process);
    }

    String render(Model model, long id, FormErrors answerErrors, String refusal) {
        var visible = visible(id);
        var detail = visible.detail();
        model.addAttribute("proposal", detail);
        model.addAttribute("translationOffered", onRequest.available());
        model.addAttribute(
                "bodyTranslated",
                Boolean.TRUE.equals(model.getAttribute("translateBody"))
                        ? onRequest
                                .translate(detail.bodyHtml(), ContentTranslations.wanted(), true)
                                .orElse(null)
                        : null);
        // the answer is the municipality's formal word: shown translated only once a person reviewed it
        var answer = detail.answer();
        model.addAttribute(
                "answerMotivation",
                answer == null || answer.motivationHtml() == null
                        ? null
                        : translations.show(
                                ContentSource.rich(
                                                ContentKind.ANSWER, answer.id(), "motivation", answer.motivationHtml())
                                        .asFormal(),
                                ContentTranslations.wanted()));
        model.addAttribute("process", visible.process());
        model.addAttribute(
                "origin",
                detail.originMeetingId() == null
                        ? null
                        : origins.stream()
                                .flatMap(o -> o.meeting(detail.originMeetingId()).stream())
                                .findFirst()
                                .orElse(null));
        model.addAttribute(
                "citedIn",
                citations.stream()
                        .flatMap(c -> c.citationsOf(detail.processId(), id).stream())
                        .toList());
        // from need to idea: the needs an idea answers, or the ideas a need became; facilitators link them
        model.addAttribute(
                "needLinks",
                detail.hasNeedLinks()
                        ? needLinks.linkedTo(
                                id,
                                visible.process().phases().stream()
                                        .map(p -> p.id())
                                        .toList())
                        : List.of());
        boolean linksNeeds = detail.kind() != ProposalKind.NEED && permissions.canEnterFromPaper(detail.processId());
        model.addAttribute("needChoices", linksNeeds ? needLinks.needsOf(detail.processId(), NEED_CHOICES) : List.of());
        model.addAttribute("canLinkNeeds", linksNeeds);
        model.addAttribute("canEvaluate", permissions.canEvaluate(detail.processId()));
        model.addAttribute("canManage", permissions.canManage(detail.processId()));
        model.addAttribute("mapTiles", mapTiles);
        model.addAttribute(
                "viewerIsAuthor",
                detail.authorId() != null
                        && detail.authorId().equals(accounts.currentAccountId().orElse(null)));
        model.addAttribute("viewerId", accounts.currentAccountId().orElse(-1L));
        model.addAttribute("answerErrors", answerErrors);
        // a form whose values could not even be converted (a date that is no date) is bound as null
        if (!(model.getAttribute("answerForm") instanceof AnswerForm)) {
            model.addAttribute("answerForm", answerFormFrom(detail.answer()));
        }
        model.addAttribute("refusal", refusal);
        int commentPage = model.getAttribute("commentPage") instanceof Integer p ? p : 1;
        var shownComments = queries.comments(id, commentPage);
        model.addAttribute("comments", shownComments);
        // a comment is shown as its author wrote it; a reader may ask for one in their language
        Map<String, String> commentTexts = new HashMap<>();
        shownComments.items().stream()
                .flatMap(c -> Stream.concat(Stream.of(c), c.replies().stream()))
                .filter(c -> !c.hidden())
                .forEach(c -> commentTexts.put("comment-" + c.id(), c.bodyHtml()));
        model.addAttribute(
                "askedComment",
                AskedTranslation.of(onRequest, (String) model.getAttribute("translateText"), commentTexts, true));
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
    private static AnswerForm answerFormFrom(Answer current) {
        if (current == null) {
            return new AnswerForm(null, "", null, null, null, null, null);
        }
        var act = current.act();
        return new AnswerForm(
                current.decision(),
                RichText.forEditing(current.motivationHtml()),
                current.mergedInto(),
                act == null ? null : act.type(),
                act == null ? null : act.number(),
                act == null ? null : act.date(),
                act == null ? null : act.url());
    }

    /** What a refusal says to the person, or null when nothing would be refused. */
    static String refusalText(Optional<RuleViolation> refusal) {
        return refusal.map(r -> t(r.messageKey(), r.args())).orElse(null);
    }
}
