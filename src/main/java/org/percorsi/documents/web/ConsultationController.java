package org.percorsi.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.percorsi.documents.formats.BlockMarkdown;
import org.percorsi.documents.queries.ConsultationQueries;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.documents.usecases.AmendmentForm;
import org.percorsi.documents.usecases.AnnotationForm;
import org.percorsi.documents.usecases.CommentOnDocument;
import org.percorsi.documents.usecases.ProposeAmendment;
import org.percorsi.shared.language.AskedTranslation;
import org.percorsi.shared.language.TranslationOnRequest;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PersonalParts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A paragraph of a version in consultation: its comments (each on the paragraph or on a passage of it) and its
 * amendments with their answers, and the forms to add one. The version's page links here from each paragraph,
 * with its counts, so that it stays light however many comments a long document receives.
 */
@Controller
class ConsultationController {

    private static final String PARAGRAPH = "/documents/{id}/versions/{number}/paragraphs/{key}";

    private final DocumentQueries documents;
    private final ConsultationQueries consultation;
    private final CommentOnDocument comment;
    private final ProposeAmendment amend;
    private final TranslationOnRequest onRequest;

    ConsultationController(
            DocumentQueries documents,
            ConsultationQueries consultation,
            CommentOnDocument comment,
            ProposeAmendment amend,
            ObjectProvider<TranslationOnRequest> onRequest) {
        this.documents = documents;
        this.consultation = consultation;
        this.comment = comment;
        this.amend = amend;
        this.onRequest = onRequest.getIfAvailable(() -> TranslationOnRequest.NONE);
    }

    @GetMapping(PARAGRAPH)
    String paragraph(
            @PathVariable long id,
            @PathVariable int number,
            @PathVariable UUID key,
            @RequestParam(name = AskedTranslation.PARAMETER, required = false) String translateText,
            Model model) {
        // whether one may take part depends only on the version's dates and the verification level
        PersonalParts.sameForEveryParticipant();
        model.addAttribute("translateText", translateText);
        return page(
                model,
                id,
                number,
                key,
                new AnnotationForm("", "", null, null),
                new AmendmentForm(null, ""),
                null,
                null);
    }

    @PostMapping(PARAGRAPH + "/comments")
    String comment(
            @PathVariable long id,
            @PathVariable int number,
            @PathVariable UUID key,
            @ModelAttribute AnnotationForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Forms.Done(
                        "documents.consultation.commented",
                        url(id, number, key) + "#comment-" + comment.handle(id, number, key, form)),
                response,
                redirect,
                refusal -> page(model, id, number, key, form, new AmendmentForm(null, ""), "comment", refusal));
    }

    @PostMapping(PARAGRAPH + "/amendments")
    String amend(
            @PathVariable long id,
            @PathVariable int number,
            @PathVariable UUID key,
            @ModelAttribute AmendmentForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Forms.Done(
                        "documents.amendment.proposed",
                        url(id, number, key) + "#amendment-" + amend.handle(id, number, key, form)),
                response,
                redirect,
                refusal -> page(
                        model, id, number, key, new AnnotationForm("", "", null, null), form, "amendment", refusal));
    }

    static String url(long id, int number, UUID key) {
        return "/documents/" + id + "/versions/" + number + "/paragraphs/" + key;
    }

    private String page(
            Model model,
            long id,
            int number,
            UUID key,
            AnnotationForm commentForm,
            AmendmentForm amendmentForm,
            String refusedForm,
            RuleViolation refusal) {
        var document = documents.visible(id);
        var version = document.version(number).orElseThrow(() -> new NotFoundException("version " + number));
        var paragraph = consultation
                .paragraph(
                        id, number, key, documents.seesReserved(document.head().processId()))
                .orElseThrow(() -> new NotFoundException("paragraph " + key));
        model.addAttribute("document", document);
        model.addAttribute("version", version);
        model.addAttribute("paragraph", paragraph);
        // participants' words as they wrote them; a reader may ask for one in their language
        Map<String, String> texts = new HashMap<>();
        paragraph.comments().forEach(c -> texts.put("comment-" + c.id(), c.body()));
        paragraph.amendments().forEach(a -> {
            texts.put("replacement-" + a.id(), a.replacement());
            texts.put("reason-" + a.id(), a.reason());
        });
        model.addAttribute(
                "asked", AskedTranslation.of(onRequest, (String) model.getAttribute("translateText"), texts, false));
        model.addAttribute(
                "whyNot", comment.whyNot(id, number, key).map(FormErrors::of).orElse(null));
        model.addAttribute("commentForm", commentForm);
        // an amendment starts from the paragraph as written, its Markdown, so that its bold and links stay
        model.addAttribute(
                "amendmentForm",
                amendmentForm.replacement() == null
                        ? new AmendmentForm(BlockMarkdown.of(paragraph.block()), amendmentForm.reason())
                        : amendmentForm);
        model.addAttribute("refusedForm", refusedForm);
        model.addAttribute("errors", refusal == null ? FormErrors.none() : FormErrors.of(refusal));
        return "documents/paragraph";
    }
}
