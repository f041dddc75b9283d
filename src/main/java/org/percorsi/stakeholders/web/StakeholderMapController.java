package org.percorsi.stakeholders.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessPage;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.TableDownload;
import org.percorsi.shared.web.View;
import org.percorsi.stakeholders.queries.StakeholderMapQueries;
import org.percorsi.stakeholders.queries.StakeholderMapQueries.MapEntry;
import org.percorsi.stakeholders.usecases.AddToStakeholderMap;
import org.percorsi.stakeholders.usecases.InviteFromStakeholderMap;
import org.percorsi.stakeholders.usecases.MapEntryForm;
import org.percorsi.stakeholders.usecases.RemoveFromStakeholderMap;
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
 * A process's stakeholder map: for its managers, who takes part for each theme and neighbourhood, and their
 * invitation into the reserved area; for everyone who sees the process, the same map without notes, addresses
 * or the names of experts who did not consent, as a page, CSV and JSON.
 */
@Controller
class StakeholderMapController {

    private static final String ADMIN = "/admin/processes/{processId}/stakeholders";
    private static final String PUBLIC = "/processes/{slug}/stakeholders";
    private static final int SUGGESTED_NAMES = 2000;

    /** The public columns, in the CSV and the JSON alike (documented on the public page). */
    static final List<String> COLUMNS =
            List.of("name", "kind", "expert_field", "theme", "neighbourhood", "internal", "engagement");

    private final StakeholderMapQueries queries;
    private final AddToStakeholderMap add;
    private final RemoveFromStakeholderMap remove;
    private final InviteFromStakeholderMap invite;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;
    private final OrganisationApi organisation;
    private final JsonMapper json;
    private final Clock clock;

    StakeholderMapController(
            StakeholderMapQueries queries,
            AddToStakeholderMap add,
            RemoveFromStakeholderMap remove,
            InviteFromStakeholderMap invite,
            ProcessesApi processes,
            ProcessPermissions permissions,
            OrganisationApi organisation,
            JsonMapper json,
            Clock clock) {
        this.queries = queries;
        this.add = add;
        this.remove = remove;
        this.invite = invite;
        this.processes = processes;
        this.permissions = permissions;
        this.organisation = organisation;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping(ADMIN)
    String admin(@PathVariable long processId, Model model) {
        permissions.requireCanManage(processId);
        return adminPage(model, processId, MapEntryForm.empty(), FormErrors.none(), FormErrors.none());
    }

    @PostMapping(ADMIN)
    String add(
            @PathVariable long processId,
            @ModelAttribute MapEntryForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Forms.Done(
                        "stakeholders.map.added", adminUrl(processId) + "#entry-" + add.handle(processId, form)),
                response,
                redirect,
                refusal -> {
                    permissions.requireCanManage(processId);
                    return adminPage(model, processId, form, FormErrors.of(refusal), FormErrors.none());
                });
    }

    @PostMapping(ADMIN + "/{entryId}/remove")
    String remove(
            @PathVariable long processId,
            @PathVariable long entryId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> remove.handle(processId, entryId),
                response,
                redirect,
                "stakeholders.map.removed",
                adminUrl(processId),
                refusal -> {
                    permissions.requireCanManage(processId);
                    return adminPage(model, processId, MapEntryForm.empty(), FormErrors.none(), FormErrors.of(refusal));
                });
    }

    @PostMapping(ADMIN + "/invite")
    String invite(
            @PathVariable long processId,
            @RequestParam(name = "entry", required = false) Long[] entries,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> invite.handle(processId, entries == null ? List.of() : Arrays.asList(entries)),
                response,
                redirect,
                "stakeholders.map.invited",
                adminUrl(processId),
                refusal -> {
                    permissions.requireCanManage(processId);
                    return adminPage(model, processId, MapEntryForm.empty(), FormErrors.none(), FormErrors.of(refusal));
                });
    }

    @GetMapping(PUBLIC)
    String publicPage(@PathVariable String slug, Model model) {
        var process = visible(slug);
        model.addAttribute("process", process);
        model.addAttribute("entries", queries.entries(process.id(), LocalDate.now(clock)));
        model.addAttribute("columns", COLUMNS);
        return "stakeholders/map/public";
    }

    @GetMapping(PUBLIC + ".csv")
    void csv(@PathVariable String slug, HttpServletResponse response) throws IOException {
        var process = visible(slug);
        TableDownload.csv(response, "stakeholders-" + process.slug(), COLUMNS, publicRows(process));
    }

    @GetMapping(PUBLIC + ".json")
    void json(@PathVariable String slug, HttpServletResponse response) throws IOException {
        var process = visible(slug);
        TableDownload.json(response, json, "stakeholders-" + process.slug(), COLUMNS, publicRows(process));
    }

    private List<Object[]> publicRows(ProcessPage process) {
        String expert = View.t("stakeholders.map.anonymousExpert");
        return queries.entries(process.id(), LocalDate.now(clock)).stream()
                .map(e -> new Object[] {
                    e.publicName(expert),
                    e.kind() == null ? "EXPERT" : e.kind().name(),
                    e.expertField(),
                    e.themeName(),
                    e.scopeName(),
                    e.internal(),
                    e.engagement()
                })
                .toList();
    }

    private ProcessPage visible(String slug) {
        return processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
    }

    private String adminPage(Model model, long processId, MapEntryForm form, FormErrors errors, FormErrors listErrors) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        List<MapEntry> entries = queries.entries(processId, LocalDate.now(clock));
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("entries", entries);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("listErrors", listErrors);
        model.addAttribute("organisationNames", queries.organisationNames(SUGGESTED_NAMES));
        model.addAttribute(
                "themeOptions",
                organisation.themes().stream()
                        .map(t -> Option.of(t.id(), t.axisName() + " · " + t.name()))
                        .toList());
        model.addAttribute(
                "scopeOptions",
                organisation.scopeTree().stream()
                        .map(s -> Option.of(s.id(), "· ".repeat(s.depth()) + s.name()))
                        .toList());
        model.addAttribute(
                "engagementOptions",
                List.of(
                        Option.of("INVITED", View.t("stakeholders.map.engagement.INVITED")),
                        Option.of("SELF_PROPOSED", View.t("stakeholders.map.engagement.SELF_PROPOSED"))));
        return "stakeholders/map/admin";
    }

    private static String adminUrl(long processId) {
        return "/admin/processes/" + processId + "/stakeholders";
    }
}
