package org.percorsi.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.percorsi.documents.ActKind;
import org.percorsi.documents.EnteActs;
import org.percorsi.documents.MonitoringProgress;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.documents.queries.EnteActQueries;
import org.percorsi.documents.queries.EnteActQueries.FormItem;
import org.percorsi.documents.usecases.AddMonitoringUpdate;
import org.percorsi.documents.usecases.EnteActForm;
import org.percorsi.documents.usecases.ItemAnswerForm;
import org.percorsi.documents.usecases.MonitoringForm;
import org.percorsi.documents.usecases.PublishEnteAct;
import org.percorsi.documents.usecases.RecordEnteAct;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ente's act on a final document, for the process's managers: record it (answers prefilled from the
 * proposals' own answers), publish it, then add monitoring updates. Each use case checks who may; a refused
 * action shows the page again with status 422, saying why, with what was typed.
 */
@Controller
class EnteActController {

    private static final String PAGE = "/admin/processes/{processId}/documents/{documentId}/act";

    private final RecordEnteAct record;
    private final PublishEnteAct publish;
    private final AddMonitoringUpdate addUpdate;
    private final EnteActQueries queries;
    private final DocumentQueries documents;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;

    EnteActController(
            RecordEnteAct record,
            PublishEnteAct publish,
            AddMonitoringUpdate addUpdate,
            EnteActQueries queries,
            DocumentQueries documents,
            ProcessesApi processes,
            ProcessPermissions permissions) {
        this.record = record;
        this.publish = publish;
        this.addUpdate = addUpdate;
        this.queries = queries;
        this.documents = documents;
        this.processes = processes;
        this.permissions = permissions;
    }

    @GetMapping(PAGE)
    String page(@PathVariable long processId, @PathVariable long documentId, Model model) {
        permissions.requireCanManage(processId);
        return page(model, processId, documentId, FormErrors.none(), null, Map.of(), null);
    }

    @PostMapping(PAGE)
    String save(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute EnteActForm form,
            @RequestParam Map<String, String> parameters,
            @RequestParam(required = false) MultipartFile file,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var answers = ItemAnswerForm.from(parameters);
        return Forms.act(
                () -> record.handle(processId, documentId, form, answers, file),
                response,
                redirect,
                "documents.act.saved",
                url(processId, documentId),
                refusal -> {
                    permissions.requireCanManage(processId);
                    return page(model, processId, documentId, FormErrors.of(refusal), form, answers, null);
                });
    }

    @PostMapping(PAGE + "/publish")
    String publish(
            @PathVariable long processId,
            @PathVariable long documentId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> publish.handle(processId, documentId),
                response,
                redirect,
                "documents.act.publishedDone",
                url(processId, documentId),
                refusal -> {
                    permissions.requireCanManage(processId);
                    return page(model, processId, documentId, FormErrors.of(refusal), null, Map.of(), null);
                });
    }

    @PostMapping(PAGE + "/updates")
    String update(
            @PathVariable long processId,
            @PathVariable long documentId,
            @ModelAttribute MonitoringForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> addUpdate.handle(processId, documentId, form),
                response,
                redirect,
                "documents.act.updateAdded",
                url(processId, documentId) + "#updates",
                refusal -> {
                    permissions.requireCanManage(processId);
                    return page(model, processId, documentId, FormErrors.of(refusal), null, Map.of(), form);
                });
    }

    private static String url(long processId, long documentId) {
        return "/admin/processes/" + processId + "/documents/" + documentId + "/act";
    }

    private String page(
            Model model,
            long processId,
            long documentId,
            FormErrors errors,
            EnteActForm typed,
            Map<Long, ItemAnswerForm> typedAnswers,
            MonitoringForm typedUpdate) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        var document = documents.forTeam(processId, documentId);
        var team = queries.forTeam(documentId);
        var act = team.act();
        var values = typed != null
                ? typed
                : act == null
                        ? new EnteActForm(null, null, null, null, null)
                        : new EnteActForm(act.kind(), act.number(), act.adoptedOn(), act.url(), act.summary());
        var items = team.items().stream()
                .map(i -> {
                    var answer = typedAnswers.get(i.itemId());
                    return answer == null
                            ? i
                            : new FormItem(
                                    i.itemId(),
                                    i.position(),
                                    i.title(),
                                    i.proposalId(),
                                    i.proposalTitle(),
                                    i.proposalAnswer(),
                                    answer.decision(),
                                    answer.motivation());
                })
                .toList();
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("document", document);
        model.addAttribute("team", team);
        model.addAttribute("values", new ActFormValues(values, items));
        model.addAttribute(
                "update", typedUpdate == null ? new MonitoringForm(null, null, null, null, null) : typedUpdate);
        model.addAttribute("errors", errors);
        model.addAttribute("today", processes.today());
        model.addAttribute(
                "kindOptions",
                List.of(ActKind.values()).stream()
                        .map(k -> Option.of(k.name(), View.t("documents.act.kind." + k.name())))
                        .toList());
        model.addAttribute(
                "decisionOptions",
                EnteActs.DECISIONS.stream()
                        .map(d -> Option.of(d.name(), View.t("proposals.state." + d.name())))
                        .toList());
        model.addAttribute(
                "progressOptions",
                List.of(MonitoringProgress.values()).stream()
                        .map(p -> Option.of(p.name(), View.t("documents.act.progress." + p.name())))
                        .toList());
        return "documents/admin/act";
    }
}
