package org.percorsi.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.percorsi.documents.formats.AccessiblePdf;
import org.percorsi.documents.queries.ConsultationQueries;
import org.percorsi.documents.queries.ConsultationQueries.ReportRow;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.documents.usecases.AmendmentAnswerForm;
import org.percorsi.documents.usecases.AnswerAmendment;
import org.percorsi.documents.usecases.HideCommentForm;
import org.percorsi.documents.usecases.HideDocumentComment;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.TableDownload;
import org.percorsi.shared.web.View;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consultation report of a document, for its process's managers: per version and paragraph, the comments
 * and the amendments with their outcomes, where amendments are answered and abusive comments hidden; and the
 * same lines as CSV and JSON, and as an accessible PDF.
 */
@Controller
class ConsultationReportController {

    private static final String BASE = "/admin/processes/{processId}/documents/{documentId}";

    static final List<String> COLUMNS = List.of(
            "type",
            "id",
            "version",
            "paragraph_position",
            "paragraph_anchor",
            "paragraph",
            "quote",
            "quote_start",
            "quote_end",
            "text",
            "reason",
            "author",
            "created_at",
            "outcome",
            "answer",
            "decided_at",
            "accepted_into_version");

    private final ConsultationQueries consultation;
    private final DocumentQueries documents;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;
    private final AnswerAmendment answer;
    private final HideDocumentComment hide;
    private final JsonMapper json;
    private final AccessiblePdf pdf;

    ConsultationReportController(
            ConsultationQueries consultation,
            DocumentQueries documents,
            ProcessesApi processes,
            ProcessPermissions permissions,
            AnswerAmendment answer,
            HideDocumentComment hide,
            JsonMapper json,
            AccessiblePdf pdf) {
        this.consultation = consultation;
        this.documents = documents;
        this.processes = processes;
        this.permissions = permissions;
        this.answer = answer;
        this.hide = hide;
        this.json = json;
        this.pdf = pdf;
    }

    @GetMapping(BASE + "/report")
    String report(@PathVariable long processId, @PathVariable long documentId, Model model) {
        permissions.requireCanManage(processId);
        return page(model, processId, documentId, null);
    }

    @PostMapping(BASE + "/amendments/answer")
    String answer(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute AmendmentAnswerForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> answer.handle(processId, documentId, form),
                response,
                redirect,
                "documents.amendment.answered",
                reportUrl(processId, documentId) + "#amendment-" + form.amendment(),
                refusal -> {
                    permissions.requireCanManage(processId);
                    return page(model, processId, documentId, refusal);
                });
    }

    @PostMapping(BASE + "/comments/hide")
    String hide(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute HideCommentForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> hide.handle(processId, documentId, form),
                response,
                redirect,
                "documents.consultation.hidden",
                reportUrl(processId, documentId) + "#comment-" + form.comment(),
                refusal -> {
                    permissions.requireCanManage(processId);
                    return page(model, processId, documentId, refusal);
                });
    }

    @GetMapping(BASE + "/report.csv")
    void csv(@PathVariable long processId, @PathVariable long documentId, HttpServletResponse response)
            throws IOException {
        TableDownload.csv(response, "consultation-" + documentId, COLUMNS, table(processId, documentId));
    }

    @GetMapping(BASE + "/report.json")
    void json(@PathVariable long processId, @PathVariable long documentId, HttpServletResponse response)
            throws IOException {
        TableDownload.json(response, json, "consultation-" + documentId, COLUMNS, table(processId, documentId));
    }

    private List<Object[]> table(long processId, long documentId) {
        return rows(processId, documentId).stream()
                .map(ConsultationReportController::values)
                .toList();
    }

    @GetMapping(BASE + "/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long processId, @PathVariable long documentId) {
        var rows = rows(processId, documentId);
        String processTitle = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        byte[] file = ConsultationReportPdf.render(
                pdf,
                View.lang(),
                documents.forTeam(processId, documentId).head().title(),
                processTitle,
                ConsultationQueries.byParagraph(rows));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("consultation-" + documentId + ".pdf")
                                .build()
                                .toString())
                .body(file);
    }

    /** The document's lines, once its manager is checked and the document is of that process. */
    private List<ReportRow> rows(long processId, long documentId) {
        permissions.requireCanManage(processId);
        documents.forTeam(processId, documentId);
        return consultation.report(documentId);
    }

    private static Object[] values(ReportRow row) {
        return new Object[] {
            row.type(),
            row.id(),
            row.version(),
            row.position(),
            row.anchor(),
            row.paragraph(),
            row.quote(),
            row.quoteStart(),
            row.quoteEnd(),
            row.text(),
            row.reason(),
            row.authorDeleted() ? null : row.author(),
            row.createdAt(),
            row.outcome(),
            row.answer(),
            row.decidedAt(),
            row.acceptedInto()
        };
    }

    private static String reportUrl(long processId, long documentId) {
        return "/admin/processes/" + processId + "/documents/" + documentId + "/report";
    }

    private String page(Model model, long processId, long documentId, RuleViolation refusal) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        var document = documents.forTeam(processId, documentId);
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("document", document);
        model.addAttribute("paragraphs", ConsultationQueries.byParagraph(consultation.report(documentId)));
        model.addAttribute("errors", refusal == null ? FormErrors.none() : FormErrors.of(refusal));
        return "documents/admin/report";
    }
}
