package org.percorsi.proposals.web;

import static org.percorsi.shared.web.View.t;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Map;
import org.percorsi.proposals.queries.ViewerSides;
import org.percorsi.shared.web.PersonalPart;
import org.percorsi.shared.web.PersonalParts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HtmlUtils;

/**
 * A proposal's page is kept for every participant (see {@link PersonalParts}); these are its parts that belong to
 * the person looking: following it, supporting it, withdrawing it (its author), editing their recent comments.
 * Each prints the template the page itself prints outside a kept page. Holes about someone's own things carry
 * the author's account ({@code id.author}): only the author's visits ask the database about them.
 */
@Configuration(proxyBeanMethods = false)
class OwnProposalParts {

    @Bean
    PersonalPart proposalFollowPart(ViewerSides queries, TemplateEngine templates) {
        return PersonalPart.of(
                "follow",
                perProposal(
                        queries,
                        (id, own) -> render(
                                templates,
                                "proposals/own/follow.jte",
                                Map.of("proposalId", id, "followed", own.followed()))));
    }

    /** The support form, or the withdrawal of one's support (where supports are open to the viewer's group). */
    @Bean
    PersonalPart proposalSupportFormPart(ViewerSides queries, TemplateEngine templates) {
        return PersonalPart.of("supportForm", perProposal(queries, (id, own) -> {
            var parameters = new HashMap<String, Object>();
            parameters.put("proposalId", id);
            parameters.put("open", true);
            parameters.put("supported", own.supported());
            parameters.put("supportRefusal", null);
            return render(templates, "proposals/own/support.jte", parameters);
        }));
    }

    /** After a support or its withdrawal ({@link SupportOutcome}): said if the viewer's state bears it out. */
    @Bean
    PersonalPart proposalSupportOutcomePart(ViewerSides queries, TemplateEngine templates) {
        return PersonalPart.of(
                "supportOutcome",
                perProposal(
                        queries,
                        (id, outcome, own) -> render(
                                templates,
                                "proposals/own/supportOutcome.jte",
                                Map.of("outcome", SupportOutcome.valueOf(outcome), "supported", own.supported()))));
    }

    /**
     * The heading with the proposal's supports, as of this request: read with the viewer's own side (no statement
     * more), so that the page after a person's support counts it even when the page kept for everyone is older.
     */
    @Bean
    PersonalPart proposalSupportCountPart(ViewerSides queries) {
        return PersonalPart.of(
                "supportCount",
                perProposal(queries, (id, own) -> HtmlUtils.htmlEscape(t("proposals.supports", own.supports()))));
    }

    /** "You support it" before the reason why supports are closed. */
    @Bean
    PersonalPart proposalYouSupportPart(ViewerSides queries) {
        return PersonalPart.of(
                "youSupport",
                perProposal(
                        queries,
                        (id, own) -> own.supported() ? HtmlUtils.htmlEscape(t("proposals.youSupport")) + " " : ""));
    }

    @Bean
    PersonalPart proposalWithdrawPart(TemplateEngine templates) {
        return PersonalPart.of("withdraw", (account, arguments) -> {
            Map<String, String> filled = new HashMap<>();
            for (String argument : arguments) {
                var hole = OwnHole.of(argument);
                if (hole.author() == account) {
                    filled.put(
                            argument, render(templates, "proposals/own/withdraw.jte", Map.of("proposalId", hole.id())));
                }
            }
            return filled;
        });
    }

    @Bean
    PersonalPart proposalCommentEditPart(ViewerSides queries, TemplateEngine templates) {
        return PersonalPart.of("commentEdit", (account, arguments) -> {
            var own = arguments.stream()
                    .map(OwnHole::of)
                    .filter(hole -> hole.author() == account)
                    .toList();
            if (own.isEmpty()) {
                return Map.of(); // none of the page's comments is the viewer's: nothing to ask
            }
            var editable =
                    queries.editableBy(account, own.stream().map(OwnHole::id).toList());
            Map<String, String> filled = new HashMap<>();
            for (var hole : own) {
                var comment = editable.get(hole.id());
                if (comment != null) {
                    filled.put(
                            hole.argument(),
                            render(
                                    templates,
                                    "proposals/own/commentEdit.jte",
                                    Map.of(
                                            "proposalId",
                                            comment.proposalId(),
                                            "commentId",
                                            hole.id(),
                                            "bodyHtml",
                                            comment.bodyHtml())));
                }
            }
            return filled;
        });
    }

    /** A hole's argument "id.author". */
    private record OwnHole(String argument, long id, long author) {
        static OwnHole of(String argument) {
            int dot = argument.indexOf('.');
            return new OwnHole(
                    argument, Long.parseLong(argument.substring(0, dot)), Long.parseLong(argument.substring(dot + 1)));
        }
    }

    private interface OwnSide {
        String render(long proposalId, ViewerSides.ViewerState own);
    }

    /** A part whose hole says more than the proposal: "id.detail". */
    private interface OwnSideWithDetail {
        String render(long proposalId, String detail, ViewerSides.ViewerState own);
    }

    /** A part filled for each proposal of the page from the viewer's side of it (one query per proposal). */
    private static PersonalPart.Filling perProposal(ViewerSides queries, OwnSide part) {
        return perProposal(queries, (id, detail, own) -> part.render(id, own));
    }

    /** The same, for holes "id" or "id.detail" (the viewer's side is read once per request and proposal). */
    private static PersonalPart.Filling perProposal(ViewerSides queries, OwnSideWithDetail part) {
        return (account, arguments) -> {
            Map<String, String> filled = new HashMap<>();
            for (String argument : arguments) {
                int dot = argument.indexOf('.');
                long id = Long.parseLong(dot < 0 ? argument : argument.substring(0, dot));
                String detail = dot < 0 ? "" : argument.substring(dot + 1);
                queries.viewerState(id, account).ifPresent(own -> filled.put(argument, part.render(id, detail, own)));
            }
            return filled;
        };
    }

    private static String render(TemplateEngine templates, String template, Map<String, Object> parameters) {
        var out = new StringOutput(1024); // a form or two, not a page
        templates.render(template, parameters, out);
        return out.toString();
    }
}
