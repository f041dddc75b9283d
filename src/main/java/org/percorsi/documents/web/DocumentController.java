package org.percorsi.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.percorsi.documents.Block;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.documents.queries.DocumentQueries.Visible;
import org.percorsi.documents.queries.DocumentTexts;
import org.percorsi.documents.queries.EnteActQueries;
import org.percorsi.documents.queries.ProvenanceQueries;
import org.percorsi.documents.queries.VersionComparison;
import org.percorsi.documents.queries.VersionParts;
import org.percorsi.documents.queries.VersionReading;
import org.percorsi.documents.usecases.FollowDocument;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.language.ContentTranslations;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PersonalParts;
import org.percorsi.shared.web.View;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A document's public pages: its latest version the visitor may see, each version, and the comparison of any
 * two. A version the visitor may not see (a draft, or reserved to the process's area) is not found.
 */
@Controller
class DocumentController {

    private final DocumentQueries queries;
    private final OrganisationApi organisation;
    private final FollowDocument follow;
    private final ProvenanceQueries provenance;
    private final VersionReading reading;
    private final EnteActQueries acts;
    private final ContentTranslations translations;

    DocumentController(
            DocumentQueries queries,
            OrganisationApi organisation,
            FollowDocument follow,
            ProvenanceQueries provenance,
            VersionReading reading,
            EnteActQueries acts,
            ObjectProvider<ContentTranslations> translations) {
        this.queries = queries;
        this.organisation = organisation;
        this.follow = follow;
        this.provenance = provenance;
        this.reading = reading;
        this.acts = acts;
        this.translations = translations.getIfAvailable(() -> ContentTranslations.ORIGINALS);
    }

    @GetMapping("/documents/{id}")
    String latest(@PathVariable long id, Model model) {
        PersonalParts.sameForEveryParticipant(); // but whether the person follows it
        Visible document = queries.visible(id);
        return version(document, document.latest().number(), FIRST_PART, model);
    }

    @GetMapping("/documents/{id}/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model) {
        PersonalParts.sameForEveryParticipant(); // but whether the person follows it
        return version(queries.visible(id), number, FIRST_PART, model);
    }

    /** One part of a long version (see {@link VersionParts}); a part beyond the last is not found. */
    @GetMapping("/documents/{id}/versions/{number}/parts/{part}")
    String part(@PathVariable long id, @PathVariable int number, @PathVariable int part, Model model) {
        PersonalParts.sameForEveryParticipant();
        return version(queries.visible(id), number, part, model);
    }

    /** A long version all on one page: to read it through, search it in the browser or print it. */
    @GetMapping("/documents/{id}/versions/{number}/whole")
    String whole(@PathVariable long id, @PathVariable int number, Model model) {
        PersonalParts.sameForEveryParticipant();
        return version(queries.visible(id), number, WHOLE, model);
    }

    /**
     * Where a paragraph or a final document's item is read in its version: the part that holds it, at its
     * anchor. Links from elsewhere (citations, a paragraph's page) come here, so they need not know the parts.
     */
    @GetMapping("/documents/{id}/versions/{number}/at/{anchor}")
    String at(@PathVariable long id, @PathVariable int number, @PathVariable String anchor) {
        Visible document = queries.visible(id);
        var version = seen(document, number);
        var blocks = reading.blocks(id, version);
        var parts = VersionParts.of(blocks);
        var page = "/documents/" + id + "/versions/" + number;
        if (!parts.divided()) {
            return "redirect:" + page + "#" + anchor;
        }
        return "redirect:" + VersionParts.pageOf(page, parts.holding(blocks, anchor)) + "#" + anchor;
    }

    @GetMapping("/documents/{id}/compare")
    String compare(
            @PathVariable long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Model model) {
        PersonalParts.sameForEveryParticipant();
        Visible document = queries.visible(id);
        var newer = to == null ? document.latest() : seen(document, to);
        var older = from == null ? document.before(newer.number()).orElse(newer) : seen(document, from);
        model.addAttribute("document", document);
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute(
                "rows",
                VersionComparison.of(
                        reading.blocks(id, older),
                        reading.blocks(id, newer),
                        new VersionComparison.Markers(
                                View.t("documents.compare.insertedStart"),
                                View.t("documents.compare.insertedEnd"),
                                View.t("documents.compare.deletedStart"),
                                View.t("documents.compare.deletedEnd"))));
        // who proposed a change: the amendments accepted into the newer version, credited as on its page
        model.addAttribute("consultation", reading.consultation(id, newer.number()));
        return "documents/compare";
    }

    @PostMapping("/documents/{id}/follow")
    String follow(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.act(
                () -> follow.follow(id, true),
                response,
                redirect,
                "documents.followed",
                "/documents/" + id,
                refusal -> latest(id, model));
    }

    @PostMapping("/documents/{id}/unfollow")
    String unfollow(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.act(
                () -> follow.follow(id, false),
                response,
                redirect,
                "documents.unfollowed",
                "/documents/" + id,
                refusal -> latest(id, model));
    }

    private static final Integer FIRST_PART = 1;
    private static final Integer WHOLE = null;

    /** The version's page: one part of it, or all of it ({@code WHOLE}). */
    private String version(Visible document, int number, Integer partNumber, Model model) {
        var version = seen(document, number);
        model.addAttribute("document", document);
        model.addAttribute("version", version);
        var blocks = reading.blocks(document.head().id(), version);
        var parts = VersionParts.of(blocks);
        var part = partNumber == null
                ? null
                : parts.part(partNumber).orElseThrow(() -> new NotFoundException("part " + partNumber));
        model.addAttribute("blocks", blocks);
        model.addAttribute("parts", parts);
        model.addAttribute("part", part);
        // in the visitor's language, paragraph by paragraph; a final document only as reviewed
        model.addAttribute(
                "texts",
                translations.showAll(DocumentTexts.sources(
                        document.head().id(),
                        document.head().kind(),
                        document.head().title(),
                        version.state(),
                        shownOrListed(blocks, part))));
        model.addAttribute("followed", queries.followedByViewer(document.head().id()));
        model.addAttribute("provenance", provenance.forVersion(document.head().id(), number));
        model.addAttribute("consultation", reading.consultation(document.head().id(), number));
        // the ente's published act answering this version, under its items
        model.addAttribute(
                "enteAct", acts.publishedFor(document.head().id(), number).orElse(null));
        model.addAttribute(
                "theme",
                document.head().themeId() == null
                        ? null
                        : organisation
                                .themesById(List.of(document.head().themeId()))
                                .get(document.head().themeId()));
        return "documents/show";
    }

    /** What a part's page shows: its own blocks, and the headings of all (its table of contents). */
    private static List<Block> shownOrListed(List<Block> blocks, VersionParts.Part part) {
        return part == null
                ? blocks
                : IntStream.range(0, blocks.size())
                        .filter(i -> part.contains(i) || blocks.get(i).heading())
                        .mapToObj(blocks::get)
                        .toList();
    }

    private static DocumentQueries.Version seen(Visible document, int number) {
        return document.version(number).orElseThrow(() -> new NotFoundException("version " + number));
    }
}
