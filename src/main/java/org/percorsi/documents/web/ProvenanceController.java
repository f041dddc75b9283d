package org.percorsi.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.percorsi.documents.ReviewOutcome;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.documents.queries.ProvenanceQueries;
import org.percorsi.documents.usecases.AddFinalItem;
import org.percorsi.documents.usecases.CitationForm;
import org.percorsi.documents.usecases.CiteSource;
import org.percorsi.documents.usecases.ItemForm;
import org.percorsi.documents.usecases.MoveFinalItem;
import org.percorsi.documents.usecases.RecordTableReview;
import org.percorsi.documents.usecases.RemoveCitation;
import org.percorsi.documents.usecases.RemoveFinalItem;
import org.percorsi.documents.usecases.RequireValidation;
import org.percorsi.documents.usecases.ReviewForm;
import org.percorsi.documents.usecases.SendForm;
import org.percorsi.documents.usecases.SendToEnte;
import org.percorsi.documents.usecases.ValidateVersion;
import org.percorsi.documents.usecases.ValidationRequirementForm;
import org.percorsi.documents.usecases.VersionForm;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a document draws on and what became of it, for the process's managers: the citations of the draft's
 * paragraphs, the final document's items, and the review steps of the versions out of draft. Each action's use
 * case checks who may do it; a refused action shows the page again with status 422, saying why.
 */
@Controller
class ProvenanceController {

    private static final String PAGE = "/admin/processes/{processId}/documents/{documentId}/provenance";

    private final CiteSource cite;
    private final RemoveCitation removeCitation;
    private final AddFinalItem addItem;
    private final MoveFinalItem moveItem;
    private final RemoveFinalItem removeItem;
    private final RecordTableReview tableReview;
    private final ValidateVersion validate;
    private final SendToEnte send;
    private final RequireValidation requireValidation;
    private final ProvenanceQueries queries;
    private final DocumentQueries documents;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;

    ProvenanceController(
            CiteSource cite,
            RemoveCitation removeCitation,
            AddFinalItem addItem,
            MoveFinalItem moveItem,
            RemoveFinalItem removeItem,
            RecordTableReview tableReview,
            ValidateVersion validate,
            SendToEnte send,
            RequireValidation requireValidation,
            ProvenanceQueries queries,
            DocumentQueries documents,
            ProcessesApi processes,
            ProcessPermissions permissions) {
        this.cite = cite;
        this.removeCitation = removeCitation;
        this.addItem = addItem;
        this.moveItem = moveItem;
        this.removeItem = removeItem;
        this.tableReview = tableReview;
        this.validate = validate;
        this.send = send;
        this.requireValidation = requireValidation;
        this.queries = queries;
        this.documents = documents;
        this.processes = processes;
        this.permissions = permissions;
    }

    @GetMapping(PAGE)
    String page(@PathVariable long processId, @PathVariable long documentId, Model model) {
        permissions.requireCanManage(processId);
        return page(model, processId, documentId, FormErrors.none());
    }

    @PostMapping(PAGE + "/citations")
    String cite(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute CitationForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> cite.handle(processId, documentId, form),
                "documents.provenance.cited",
                response,
                model,
                redirect);
    }

    @PostMapping(PAGE + "/citations/{citationId}/remove")
    String removeCitation(
            @PathVariable long processId,
            @PathVariable long documentId,
            @PathVariable long citationId,
            @ModelAttribute VersionForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> removeCitation.handle(processId, documentId, citationId, form),
                "documents.provenance.removed",
                response,
                model,
                redirect);
    }

    @PostMapping(PAGE + "/items")
    String addItem(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute ItemForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> addItem.handle(processId, documentId, form),
                "documents.items.added",
                response,
                model,
                redirect);
    }

    @PostMapping(PAGE + "/items/{itemId}/up")
    String itemUp(
            @PathVariable long processId,
            @PathVariable long documentId,
            @PathVariable long itemId,
            @ModelAttribute VersionForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> moveItem.handle(processId, documentId, itemId, true, form),
                "documents.items.moved",
                response,
                model,
                redirect);
    }

    @PostMapping(PAGE + "/items/{itemId}/down")
    String itemDown(
            @PathVariable long processId,
            @PathVariable long documentId,
            @PathVariable long itemId,
            @ModelAttribute VersionForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> moveItem.handle(processId, documentId, itemId, false, form),
                "documents.items.moved",
                response,
                model,
                redirect);
    }

    @PostMapping(PAGE + "/items/{itemId}/remove")
    String removeItem(
            @PathVariable long processId,
            @PathVariable long documentId,
            @PathVariable long itemId,
            @ModelAttribute VersionForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> removeItem.handle(processId, documentId, itemId, form),
                "documents.items.removed",
                response,
                model,
                redirect);
    }

    @PostMapping(PAGE + "/reviews/table")
    String tableReview(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute ReviewForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> tableReview.handle(processId, documentId, form),
                "documents.review.recorded",
                response,
                model,
                redirect);
    }

    @PostMapping(PAGE + "/reviews/validation")
    String validation(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute ReviewForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> validate.handle(processId, documentId, form),
                "documents.review.recorded",
                response,
                model,
                redirect);
    }

    @PostMapping(PAGE + "/reviews/sent")
    String sent(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute SendForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> send.handle(processId, documentId, form),
                "documents.review.recorded",
                response,
                model,
                redirect);
    }

    @PostMapping(PAGE + "/validation-requirement")
    String validationRequirement(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute ValidationRequirementForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> requireValidation.handle(processId, documentId, form),
                "documents.review.requirementSaved",
                response,
                model,
                redirect);
    }

    private String act(
            long processId,
            long documentId,
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
                "/admin/processes/" + processId + "/documents/" + documentId + "/provenance",
                refusal -> {
                    permissions.requireCanManage(processId);
                    return page(model, processId, documentId, FormErrors.of(refusal));
                });
    }

    private String page(Model model, long processId, long documentId, FormErrors errors) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("document", documents.forTeam(processId, documentId));
        model.addAttribute("provenance", queries.forTeam(processId, documentId));
        model.addAttribute("outOfDraft", queries.versionsOutOfDraft(documentId));
        model.addAttribute("errors", errors);
        model.addAttribute("today", processes.today());
        model.addAttribute(
                "outcomeOptions",
                List.of(ReviewOutcome.values()).stream()
                        .map(o -> Option.of(o.name(), View.t("documents.review.outcome." + o.name())))
                        .toList());
        return "documents/admin/provenance";
    }
}
