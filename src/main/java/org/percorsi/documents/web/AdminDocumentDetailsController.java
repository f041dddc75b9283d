package org.percorsi.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.documents.usecases.DocumentDetailsForm;
import org.percorsi.documents.usecases.EditDocumentDetails;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A document's title and place (phase, theme, expected output), which its managers may change at any time. */
@Controller
class AdminDocumentDetailsController {

    private static final String PATH = "/admin/processes/{processId}/documents/{documentId}/details";

    private final EditDocumentDetails edit;
    private final DocumentQueries queries;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;
    private final PlacementOptions options;

    AdminDocumentDetailsController(
            EditDocumentDetails edit,
            DocumentQueries queries,
            ProcessesApi processes,
            ProcessPermissions permissions,
            PlacementOptions options) {
        this.edit = edit;
        this.queries = queries;
        this.processes = processes;
        this.permissions = permissions;
        this.options = options;
    }

    @GetMapping(PATH)
    String form(@PathVariable long processId, @PathVariable long documentId, Model model) {
        permissions.requireCanManage(processId);
        var head = queries.forTeam(processId, documentId).head();
        return page(
                model,
                processId,
                documentId,
                new DocumentDetailsForm(head.title(), head.phaseId(), head.themeId(), head.expectedOutput()),
                FormErrors.none());
    }

    @PostMapping(PATH)
    String save(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute DocumentDetailsForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> edit.handle(processId, documentId, form),
                response,
                redirect,
                "documents.detailsSaved",
                "/admin/processes/" + processId + "/documents/" + documentId,
                refusal -> {
                    permissions.requireCanManage(processId);
                    return page(model, processId, documentId, form, FormErrors.of(refusal));
                });
    }

    private String page(Model model, long processId, long documentId, DocumentDetailsForm form, FormErrors errors) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        var document = queries.forTeam(processId, documentId);
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("head", document.head());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        options.addTo(model, processId);
        return "documents/admin/details";
    }
}
