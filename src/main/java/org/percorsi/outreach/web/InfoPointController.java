package org.percorsi.outreach.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.outreach.ContactTopic;
import org.percorsi.outreach.Languages;
import org.percorsi.outreach.OutreachOfProcess;
import org.percorsi.outreach.queries.InfoPointQueries;
import org.percorsi.outreach.queries.InfoPointQueries.Point;
import org.percorsi.outreach.usecases.AddInfoPoint;
import org.percorsi.outreach.usecases.ContactsForm;
import org.percorsi.outreach.usecases.EditInfoPoint;
import org.percorsi.outreach.usecases.InfoPointForm;
import org.percorsi.outreach.usecases.RecordContacts;
import org.percorsi.outreach.usecases.RemoveContacts;
import org.percorsi.outreach.usecases.RemoveInfoPoint;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.View;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A process's info points: for its managers, the points with their hours and the contacts counted there; for
 * visitors, the points with a map when a tile server is configured (else the places as text).
 */
@Controller
class InfoPointController {

    private static final String ADMIN = "/admin/processes/{processId}/info-points";
    private static final String POINT = ADMIN + "/{pointId}";

    private final InfoPointQueries queries;
    private final OutreachOfProcess outreach;
    private final AddInfoPoint add;
    private final EditInfoPoint edit;
    private final RemoveInfoPoint remove;
    private final RecordContacts record;
    private final RemoveContacts removeContacts;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;
    private final ManagerActions actions;
    private final OrganisationApi organisation;
    private final String mapTiles;

    InfoPointController(
            InfoPointQueries queries,
            OutreachOfProcess outreach,
            AddInfoPoint add,
            EditInfoPoint edit,
            RemoveInfoPoint remove,
            RecordContacts record,
            RemoveContacts removeContacts,
            ProcessesApi processes,
            ProcessPermissions permissions,
            ManagerActions actions,
            OrganisationApi organisation,
            @Value("${percorsi.map.tiles:}") String mapTiles) {
        this.queries = queries;
        this.outreach = outreach;
        this.add = add;
        this.edit = edit;
        this.remove = remove;
        this.record = record;
        this.removeContacts = removeContacts;
        this.processes = processes;
        this.permissions = permissions;
        this.actions = actions;
        this.organisation = organisation;
        this.mapTiles = mapTiles;
    }

    @GetMapping(ADMIN)
    String points(@PathVariable long processId, Model model) {
        permissions.requireCanManage(processId);
        return listPage(model, processId, InfoPointForm.empty(), FormErrors.none());
    }

    @PostMapping(ADMIN)
    String add(
            @PathVariable long processId,
            @ModelAttribute InfoPointForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> new Forms.Done("outreach.point.added", pointUrl(processId, add.handle(processId, form))),
                response,
                redirect,
                refusal -> listPage(model, processId, form, FormErrors.of(refusal)));
    }

    @GetMapping(POINT)
    String point(@PathVariable long processId, @PathVariable long pointId, Model model) {
        permissions.requireCanManage(processId);
        return pointPage(model, processId, pointId, null, FormErrors.none(), ContactsForm.empty(), FormErrors.none());
    }

    @PostMapping(POINT)
    String edit(
            @PathVariable long processId,
            @PathVariable long pointId,
            @ModelAttribute InfoPointForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> edit.handle(processId, pointId, form),
                response,
                redirect,
                "outreach.point.saved",
                pointUrl(processId, pointId),
                refusal -> pointPage(
                        model,
                        processId,
                        pointId,
                        form,
                        FormErrors.of(refusal),
                        ContactsForm.empty(),
                        FormErrors.none()));
    }

    @PostMapping(POINT + "/remove")
    String remove(
            @PathVariable long processId,
            @PathVariable long pointId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> remove.handle(processId, pointId),
                response,
                redirect,
                "outreach.point.removed",
                listUrl(processId),
                refusal -> listPage(model, processId, InfoPointForm.empty(), FormErrors.of(refusal)));
    }

    @PostMapping(POINT + "/contacts")
    String contacts(
            @PathVariable long processId,
            @PathVariable long pointId,
            @ModelAttribute ContactsForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> record.handle(processId, pointId, form),
                response,
                redirect,
                "outreach.contacts.recorded",
                pointUrl(processId, pointId) + "#counts",
                refusal -> pointPage(model, processId, pointId, null, FormErrors.none(), form, FormErrors.of(refusal)));
    }

    @PostMapping(POINT + "/contacts/remove")
    String removeContacts(
            @PathVariable long processId,
            @PathVariable long pointId,
            @RequestParam(required = false) Long count,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return actions.act(
                processId,
                () -> removeContacts.handle(processId, pointId, count == null ? -1 : count),
                response,
                redirect,
                "outreach.contacts.removed",
                pointUrl(processId, pointId) + "#counts",
                refusal -> pointPage(
                        model,
                        processId,
                        pointId,
                        null,
                        FormErrors.none(),
                        ContactsForm.empty(),
                        FormErrors.of(refusal)));
    }

    @GetMapping("/processes/{slug}/info-points")
    String publicPoints(@PathVariable String slug, Model model) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        model.addAttribute("process", process);
        model.addAttribute("points", outreach.of(process.id()).infoPoints());
        model.addAttribute("mapTiles", mapTiles);
        return "outreach/infoPoints";
    }

    private String listPage(Model model, long processId, InfoPointForm form, FormErrors errors) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("points", queries.points(processId));
        model.addAttribute("totals", queries.totals(processId));
        model.addAttribute("scopeNames", scopeNames());
        addFormOptions(model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "outreach/admin/infoPoints";
    }

    private String pointPage(
            Model model,
            long processId,
            long pointId,
            InfoPointForm typed,
            FormErrors errors,
            ContactsForm contacts,
            FormErrors contactErrors) {
        String title = processes.titleForTeam(processId).orElseThrow(() -> new NotFoundException("process"));
        Point point = queries.point(processId, pointId).orElseThrow(() -> new NotFoundException("info point"));
        model.addAttribute("processId", processId);
        model.addAttribute("processTitle", title);
        model.addAttribute("point", point);
        model.addAttribute("form", typed != null ? typed : formOf(point));
        model.addAttribute("errors", errors);
        model.addAttribute("contacts", contacts);
        model.addAttribute("contactErrors", contactErrors);
        model.addAttribute("counts", queries.counts(pointId));
        addFormOptions(model);
        model.addAttribute(
                "topicOptions",
                Arrays.stream(ContactTopic.values())
                        .map(t -> Option.of(t.name(), View.t("outreach.topic." + t.name())))
                        .toList());
        return "outreach/admin/infoPoint";
    }

    private static InfoPointForm formOf(Point point) {
        List<String> days = new ArrayList<>();
        List<String> opens = new ArrayList<>();
        List<String> closes = new ArrayList<>();
        point.slots().forEach(s -> {
            days.add(String.valueOf(s.weekday()));
            opens.add(s.opens().toString());
            closes.add(s.closes().toString());
        });
        return new InfoPointForm(
                point.name(),
                point.address(),
                point.latitude() == null ? "" : point.latitude().toPlainString(),
                point.longitude() == null ? "" : point.longitude().toPlainString(),
                point.scopeId(),
                point.organisationName(),
                point.languages(),
                point.hoursNote(),
                days,
                opens,
                closes);
    }

    private Map<Long, String> scopeNames() {
        var names = new HashMap<Long, String>();
        organisation.scopeTree().forEach(s -> names.put(s.id(), s.name()));
        return names;
    }

    private void addFormOptions(Model model) {
        model.addAttribute(
                "scopeOptions",
                organisation.scopeTree().stream()
                        .map(s -> Option.of(s.id(), "· ".repeat(s.depth()) + s.name()))
                        .toList());
        model.addAttribute(
                "languageOptions",
                Languages.OFFERED.stream()
                        .map(code -> Option.of(code, Languages.name(code, View.locale())))
                        .toList());
        model.addAttribute(
                "dayOptions",
                IntStream.rangeClosed(1, 7)
                        .mapToObj(d -> Option.of(d, DayOfWeek.of(d).getDisplayName(TextStyle.FULL, View.locale())))
                        .toList());
        model.addAttribute("slotRows", InfoPointForm.SLOT_ROWS);
    }

    static String listUrl(long processId) {
        return "/admin/processes/" + processId + "/info-points";
    }

    static String pointUrl(long processId, long pointId) {
        return listUrl(processId) + "/" + pointId;
    }
}
