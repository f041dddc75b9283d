package org.percorsi.stakeholders.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessPage;
import org.percorsi.processes.ProcessStatus;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.processes.Visibility;
import org.percorsi.shared.text.Csv;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.PageResult;
import org.percorsi.shared.web.View;
import org.percorsi.stakeholders.OrganisationKind;
import org.percorsi.stakeholders.queries.TableQueries;
import org.percorsi.stakeholders.queries.TableQueries.PublicMember;
import org.percorsi.stakeholders.usecases.AskToJoinTable;
import org.percorsi.stakeholders.usecases.JoinForm;
import org.percorsi.stakeholders.usecases.LeaveForm;
import org.percorsi.stakeholders.usecases.LeaveTable;
import org.springframework.http.CacheControl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A process's negotiation table as everybody sees it (its accepted members, their referents, names of persons only
 * with their consent, never a contact), in CSV and JSON too; the form through which an organisation asks to join;
 * and the withdrawal by the organisation's own representative. A process the visitor may not see is not found.
 */
@Controller
class PublicTableController {

    private static final String BASE = "/processes/{slug}/table";

    private final ProcessesApi processes;
    private final TableQueries queries;
    private final AccountsApi accounts;
    private final AskToJoinTable join;
    private final LeaveTable leave;
    private final JsonMapper json = JsonMapper.builder().build();

    PublicTableController(
            ProcessesApi processes, TableQueries queries, AccountsApi accounts, AskToJoinTable join, LeaveTable leave) {
        this.processes = processes;
        this.queries = queries;
        this.accounts = accounts;
        this.join = join;
        this.leave = leave;
    }

    @GetMapping(BASE)
    String table(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        ProcessPage process = visible(slug);
        model.addAttribute("members", queries.publicMembers(process.id(), PageResult.clampPage(page)));
        model.addAttribute("referents", queries.publicReferents(process.id()));
        model.addAttribute("process", process);
        model.addAttribute(
                "mine",
                accounts.currentAccountId()
                        .map(viewer -> queries.representedBy(process.id(), viewer))
                        .orElse(List.of()));
        model.addAttribute("open", process.status() == ProcessStatus.PUBLISHED);
        return "stakeholders/table";
    }

    /** The public fields of the accepted members, one row each (UTF-8 with its mark, comma separated). */
    @GetMapping(BASE + ".csv")
    void csv(@PathVariable String slug, HttpServletResponse response) throws IOException {
        ProcessPage process = visible(slug);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + slug + "-tavolo.csv\"");
        cache(response, process);
        Writer out = response.getWriter();
        out.write('\uFEFF'); // Excel reads UTF-8 with the mark
        out.write(Csv.row("organisation", "kind", "since", "later_joiner", "representatives", "referent_of"));
        for (PublicMember member : queries.publicMembers(process.id(), null).items()) {
            out.write(Csv.row(
                    member.organisation(),
                    member.kind().name(),
                    member.since(),
                    member.laterJoiner(),
                    String.join(" | ", member.representatives()),
                    String.join(" | ", member.referentOf())));
        }
        out.flush();
    }

    /** The same fields as the CSV, with the process they belong to. */
    @GetMapping(BASE + ".json")
    void json(@PathVariable String slug, HttpServletResponse response) throws IOException {
        ProcessPage process = visible(slug);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        cache(response, process);
        var members = queries.publicMembers(process.id(), null).items().stream()
                .map(member -> new ExportedMember(
                        member.organisation(),
                        member.kind().name(),
                        String.valueOf(member.since()),
                        member.laterJoiner(),
                        member.representatives(),
                        member.referentOf()))
                .toList();
        json.writeValue(response.getOutputStream(), new ExportedTable(process.slug(), process.title(), members));
    }

    /** The JSON export, in the order of the CSV's columns. */
    record ExportedTable(String process, String title, List<ExportedMember> members) {}

    record ExportedMember(
            String organisation,
            String kind,
            String since,
            boolean laterJoiner,
            List<String> representatives,
            List<String> referentOf) {}

    @GetMapping(BASE + "/join")
    String joinForm(@PathVariable String slug, Model model) {
        ProcessPage process = visible(slug);
        if (accounts.currentAccountId().isEmpty()) {
            // sign-in first, then back to this form
            throw new AccessDeniedException("Signed-in people ask to join");
        }
        return joinPage(model, process, JoinForm.empty(), FormErrors.none());
    }

    @PostMapping(BASE + "/join")
    String join(
            @PathVariable String slug,
            @ModelAttribute JoinForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ProcessPage process = visible(slug);
        return Forms.act(
                () -> join.handle(process.id(), form),
                response,
                redirect,
                "stakeholders.join.sent",
                "/processes/" + process.slug() + "/table",
                refusal -> joinPage(model, process, form, FormErrors.of(refusal)));
    }

    @PostMapping(BASE + "/leave")
    String leave(
            @PathVariable String slug,
            @ModelAttribute LeaveForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ProcessPage process = visible(slug);
        return Forms.act(
                () -> leave.handle(process.id(), form),
                response,
                redirect,
                "stakeholders.table.left",
                "/processes/" + process.slug() + "/table",
                refusal -> table(slug, 1, model));
    }

    private String joinPage(Model model, ProcessPage process, JoinForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("process", process);
        model.addAttribute(
                "kinds",
                List.of(OrganisationKind.values()).stream()
                        .map(kind -> Option.of(kind.name(), View.t("stakeholders.kind." + kind.name())))
                        .toList());
        model.addAttribute(
                "roles",
                List.of(
                        Option.of("MAIN", View.t("stakeholders.join.role.MAIN")),
                        Option.of("SUBSTITUTE", View.t("stakeholders.join.role.SUBSTITUTE"))));
        model.addAttribute(
                "pending",
                accounts.currentAccountId()
                        .map(viewer -> queries.pendingRequestBy(process.id(), viewer))
                        .orElse(false));
        return "stakeholders/join";
    }

    private ProcessPage visible(String slug) {
        return processes.publicPage(slug).orElseThrow(() -> new NotFoundException("no process " + slug));
    }

    /** A reserved process's table is its area's: no shared cache keeps it. */
    private static void cache(HttpServletResponse response, ProcessPage process) {
        response.setHeader(
                "Cache-Control",
                (process.visibility() == Visibility.PUBLIC ? CacheControl.noCache() : CacheControl.noStore())
                        .getHeaderValue());
    }
}
