package org.percorsi.programming.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.percorsi.programming.BodyKind;
import org.percorsi.programming.queries.ProgrammingQueries;
import org.percorsi.programming.usecases.ConfirmImportForm;
import org.percorsi.programming.usecases.CreateCycle;
import org.percorsi.programming.usecases.DeleteBody;
import org.percorsi.programming.usecases.ImportDupTable;
import org.percorsi.programming.usecases.ManageBodies;
import org.percorsi.programming.usecases.MergeBodies;
import org.percorsi.programming.usecases.MergeBodiesForm;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office (administrators): programming cycles and the import of DUP tables with preview and confirmation. */
@Controller
class AdminProgrammingController {

    private static final String BODIES = "/admin/programming/bodies";

    private final ProgrammingQueries queries;
    private final CreateCycle createCycle;
    private final ImportDupTable importTable;
    private final ManageBodies bodies;
    private final MergeBodies mergeBodies;
    private final DeleteBody deleteBody;

    AdminProgrammingController(
            ProgrammingQueries queries,
            CreateCycle createCycle,
            ImportDupTable importTable,
            ManageBodies bodies,
            MergeBodies mergeBodies,
            DeleteBody deleteBody) {
        this.queries = queries;
        this.createCycle = createCycle;
        this.importTable = importTable;
        this.bodies = bodies;
        this.mergeBodies = mergeBodies;
        this.deleteBody = deleteBody;
    }

    @GetMapping("/admin/programming")
    String cycles(Model model) {
        return cyclesPage(model, "", FormErrors.none());
    }

    @PostMapping("/admin/programming")
    String create(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Forms.Done(
                        "programming.cycle.created",
                        "/admin/programming/" + createCycle.handle(title, description) + "/import"),
                response,
                redirect,
                refusal -> cyclesPage(model, title, FormErrors.of(refusal)));
    }

    @GetMapping("/admin/programming/{cycleId}/import")
    String importForm(@PathVariable long cycleId, Model model) {
        return importPage(model, cycleId, "", FormErrors.none());
    }

    @PostMapping("/admin/programming/{cycleId}/import")
    String preview(
            @PathVariable long cycleId,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) MultipartFile file,
            HttpServletResponse response,
            Model model)
            throws IOException {
        cycle(cycleId);
        try {
            var preview = importTable.preview(
                    cycleId,
                    label,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            return previewPage(model, cycleId, preview, FormErrors.none());
        } catch (RuleViolation refusal) {
            response.setStatus(Forms.UNPROCESSABLE);
            return importPage(model, cycleId, label, FormErrors.of(refusal));
        }
    }

    @GetMapping("/admin/programming/{cycleId}/import/{pendingId}")
    String pending(@PathVariable long cycleId, @PathVariable UUID pendingId, Model model) {
        cycle(cycleId);
        return previewPage(model, cycleId, importTable.pending(cycleId, pendingId), FormErrors.none());
    }

    /** Confirms what the preview showed (its fingerprint) with the choices about similar bodies. */
    @PostMapping("/admin/programming/{cycleId}/import/{pendingId}")
    String confirm(
            @PathVariable long cycleId,
            @PathVariable UUID pendingId,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) List<String> same,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Forms.Done(
                        importTable.confirm(cycleId, pendingId, new ConfirmImportForm(plan, same)) == null
                                ? "programming.import.nothingChanged"
                                : "programming.import.done",
                        "/programming/" + cycleId),
                response,
                redirect,
                // nothing was saved: the preview as it is now, with what went wrong
                refusal ->
                        previewPage(model, cycleId, importTable.pending(cycleId, pendingId), FormErrors.of(refusal)));
    }

    @GetMapping("/admin/programming/bodies")
    String bodies(Model model) {
        return bodiesPage(model, null);
    }

    @PostMapping("/admin/programming/bodies/merge")
    String merge(MergeBodiesForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.act(
                () -> mergeBodies.handle(form),
                response,
                redirect,
                "programming.body.merged",
                BODIES + "#body-" + form.survivor(),
                refusal -> {
                    bodiesPage(model, null);
                    model.addAttribute("merge", form);
                    model.addAttribute("mergeErrors", FormErrors.of(refusal));
                    return "programming/admin/bodies";
                });
    }

    @PostMapping("/admin/programming/bodies/{bodyId}/delete")
    String deleteBody(
            @PathVariable long bodyId, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.act(
                () -> deleteBody.handle(bodyId),
                response,
                redirect,
                "programming.body.deleted",
                BODIES,
                bodiesSayingWhy(model));
    }

    @PostMapping("/admin/programming/bodies/{bodyId}")
    String updateBody(
            @PathVariable long bodyId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) BodyKind kind,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> bodies.update(bodyId, name, kind),
                response,
                redirect,
                "programming.body.saved",
                BODIES + "#body-" + bodyId,
                bodiesSayingWhy(model));
    }

    @PostMapping("/admin/programming/bodies/{bodyId}/aliases")
    String addAlias(
            @PathVariable long bodyId,
            @RequestParam(required = false) String alias,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> bodies.addAlias(bodyId, alias),
                response,
                redirect,
                "programming.body.saved",
                BODIES + "#body-" + bodyId,
                bodiesSayingWhy(model));
    }

    private Function<RuleViolation, String> bodiesSayingWhy(Model model) {
        return refusal -> bodiesPage(model, View.t(refusal.messageKey(), refusal.args()));
    }

    private String bodiesPage(Model model, String refusal) {
        model.addAttribute("bodies", queries.bodies());
        model.addAttribute("refusal", refusal);
        model.addAttribute("merge", new MergeBodiesForm(null, null));
        model.addAttribute("mergeErrors", FormErrors.none());
        return "programming/admin/bodies";
    }

    private String cyclesPage(Model model, String title, FormErrors errors) {
        model.addAttribute("cycles", queries.cycles());
        model.addAttribute("title", title == null ? "" : title);
        model.addAttribute("errors", errors);
        return "programming/admin/cycles";
    }

    private String importPage(Model model, long cycleId, String label, FormErrors errors) {
        model.addAttribute("cycle", cycle(cycleId));
        model.addAttribute("label", label == null ? "" : label);
        model.addAttribute("errors", errors);
        return "programming/admin/import";
    }

    private String previewPage(Model model, long cycleId, ImportDupTable.Preview preview, FormErrors errors) {
        model.addAttribute("cycle", cycle(cycleId));
        model.addAttribute("preview", preview);
        model.addAttribute("errors", errors);
        return "programming/admin/preview";
    }

    private ProgrammingQueries.Cycle cycle(long cycleId) {
        return queries.cycle(cycleId).orElseThrow(() -> new NotFoundException("cycle " + cycleId));
    }
}
