package org.percorsi.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.percorsi.documents.DocumentKind;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.documents.usecases.ApprovalForm;
import org.percorsi.documents.usecases.ApproveVersion;
import org.percorsi.documents.usecases.CloseConsultation;
import org.percorsi.documents.usecases.ConsultationForm;
import org.percorsi.documents.usecases.CreateDocument;
import org.percorsi.documents.usecases.DocumentForm;
import org.percorsi.documents.usecases.DraftForm;
import org.percorsi.documents.usecases.OpenConsultation;
import org.percorsi.documents.usecases.StartNextVersion;
import org.percorsi.documents.usecases.VersionForm;
import org.percorsi.documents.usecases.WriteDraft;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
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
 * The documents of a process, for its managers: create one, write the draft in Markdown, start the next version,
 * open and close the consultation, record the approval. Each action's use case checks who may do it; a refused
 * action shows the page again with status 422, saying why, with what was typed.
 */
@Controller
class AdminDocumentController {

    private static final String BASE = "/admin/processes/{processId}/documents";

    private final CreateDocument create;
    private final WriteDraft write;
    private final StartNextVersion nextVersion;
    private final OpenConsultation open;
    private final CloseConsultation close;
    private final ApproveVersion approve;
    private final DocumentQueries queries;
    private final ProcessesApi processes;
    private final PlacementOptions placement;
    private final ProcessPermissions permissions;

    AdminDocumentController(
            CreateDocument create,
            WriteDraft write,
            StartNextVersion nextVersion,
            OpenConsultation open,
            CloseConsultation close,
            ApproveVersion approve,
            DocumentQueries queries,
            ProcessesApi processes,
            PlacementOptions placement,
            ProcessPermissions permissions) {
        this.create = create;
        this.write = write;
        this.nextVersion = nextVersion;
        this.open = open;
        this.close = close;
        this.approve = approve;
        this.queries = queries;
        this.processes = processes;
        this.placement = placement;
        this.permissions = permissions;
    }

    @GetMapping(BASE)
    String list(@PathVariable long processId, Model model) {
        permissions.requireCanManage(processId);
        return listPage(model, processId, new DocumentForm(DocumentKind.OTHER, "", null, null), FormErrors.none());
    }

    @PostMapping(BASE)
    String create(
            @PathVariable long processId,
            @ModelAttribute DocumentForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Forms.Done(
                        "documents.created",
                        "/admin/processes/" + processId + "/documents/" + create.handle(processId, form)),
                response,
                redirect,
                refusal -> {
                    permissions.requireCanManage(processId);
                    return listPage(model, processId, form, FormErrors.of(refusal));
                });
    }

    @GetMapping(BASE + "/{documentId}")
    String document(@PathVariable long processId, @PathVariable long documentId, Model model) {
        permissions.requireCanManage(processId);
        return documentPage(model, processId, documentId, null, null);
    }

    @PostMapping(BASE + "/{documentId}/text")
    String text(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute DraftForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> write.handle(processId, documentId, form),
                "documents.textSaved",
                form.markdown(),
                response,
                model,
                redirect);
    }

    @PostMapping(BASE + "/{documentId}/versions")
    String nextVersion(
            @PathVariable long processId,
            @PathVariable long documentId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> nextVersion.handle(processId, documentId),
                "documents.versionStarted",
                null,
                response,
                model,
                redirect);
    }

    @PostMapping(BASE + "/{documentId}/consultation")
    String open(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute ConsultationForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> open.handle(processId, documentId, form),
                "documents.consultationOpened",
                null,
                response,
                model,
                redirect);
    }

    @PostMapping(BASE + "/{documentId}/close")
    String close(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute VersionForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> close.handle(processId, documentId, form),
                "documents.consultationClosed",
                null,
                response,
                model,
                redirect);
    }

    @PostMapping(BASE + "/{documentId}/approve")
    String approve(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute ApprovalForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(
                processId,
                documentId,
                () -> approve.handle(processId, documentId, form),
                "documents.approved",
                null,
                response,
                model,
                redirect);
    }

    private String act(
            long processId,
            long documentId,
            Runnable action,
            String doneKey,
            String typedMarkdown,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                action,
                response,
                redirect,
                doneKey,
                "/admin/processes/" + processId + "/documents/" + documentId,
                refusal -> {
                    permissions.requireCanManage(processId);
                    return documentPage(model, processId, documentId, refusal, typedMarkdown);
                });
    }

    private String listPage(Model model, long processId, DocumentForm form, FormErrors errors) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        var phases = processes.phases(processId);
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("documents", queries.forTeam(processId));
        model.addAttribute("phases", phases);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "kindOptions",
                List.of(DocumentKind.values()).stream()
                        .map(k -> Option.of(k.name(), View.t("documents.kind." + k.name())))
                        .toList());
        placement.addTo(model, processId);
        return "documents/admin/list";
    }

    private String documentPage(
            Model model, long processId, long documentId, RuleViolation refusal, String typedMarkdown) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        var document = queries.forTeam(processId, documentId);
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("document", document);
        model.addAttribute("markdown", typedMarkdown != null ? typedMarkdown : document.latestMarkdown());
        model.addAttribute("errors", refusal == null ? FormErrors.none() : FormErrors.of(refusal));
        model.addAttribute("today", processes.today());
        return "documents/admin/document";
    }
}
