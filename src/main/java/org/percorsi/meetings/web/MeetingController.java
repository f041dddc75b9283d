package org.percorsi.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingHarvest;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.RegistrationStatus;
import org.percorsi.meetings.queries.MeetingCalendar;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.usecases.RegisterForMeeting;
import org.percorsi.meetings.usecases.RenewCalendarFeed;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.ContentTranslations;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PageResult;
import org.percorsi.shared.web.View;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Public meeting pages: lists with filters and a map, a meeting's page, registration and calendars. */
@Controller
class MeetingController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final MeetingQueries queries;
    private final List<MeetingHarvest> harvest; // none when the harvest module is absent
    private final MeetingCalendar calendar;
    private final RegisterForMeeting registrations;
    private final MeetingPermissions permissions;
    private final ProcessesApi processes;
    private final OrganisationApi organisation;
    private final AccountsApi accounts;
    private final RenewCalendarFeed feeds;
    private final String mapTiles;
    private final Clock clock;
    private final ContentTranslations translations;

    MeetingController(
            Clock clock,
            MeetingQueries queries,
            List<MeetingHarvest> harvest,
            MeetingCalendar calendar,
            RegisterForMeeting registrations,
            MeetingPermissions permissions,
            ProcessesApi processes,
            OrganisationApi organisation,
            AccountsApi accounts,
            RenewCalendarFeed feeds,
            @Value("${percorsi.map.tiles:}") String mapTiles,
            ObjectProvider<ContentTranslations> translations) {
        this.translations = translations.getIfAvailable(() -> ContentTranslations.ORIGINALS);
        this.clock = clock;
        this.queries = queries;
        this.harvest = harvest;
        this.calendar = calendar;
        this.registrations = registrations;
        this.permissions = permissions;
        this.processes = processes;
        this.organisation = organisation;
        this.accounts = accounts;
        this.feeds = feeds;
        this.mapTiles = mapTiles;
    }

    @GetMapping("/meetings")
    String all(
            @RequestParam(required = false) MeetingFormat format,
            @RequestParam(required = false) Long scope,
            @RequestParam(required = false) Long theme,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) MeetingQueries.When when,
            @RequestParam(required = false) Integer page,
            Model model) {
        return list(null, format, scope, theme, from, to, when, page, model);
    }

    @GetMapping("/processes/{slug}/meetings")
    String ofProcess(
            @PathVariable String slug,
            @RequestParam(required = false) MeetingFormat format,
            @RequestParam(required = false) Long scope,
            @RequestParam(required = false) Long theme,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) MeetingQueries.When when,
            @RequestParam(required = false) Integer page,
            Model model) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        model.addAttribute("process", process);
        return list(process.id(), format, scope, theme, from, to, when, page, model);
    }

    private String list(
            Long processId,
            MeetingFormat format,
            Long scope,
            Long theme,
            LocalDate from,
            LocalDate to,
            MeetingQueries.When when,
            Integer page,
            Model model) {
        if (!model.containsAttribute("process")) {
            model.addAttribute("process", null);
        }
        var chosen = when == null ? MeetingQueries.When.UPCOMING : when;
        var result = queries.list(
                new MeetingQueries.Filter(processId, format, scope, theme, from, to, chosen),
                PageResult.clampPage(page));
        model.addAttribute("result", result);
        model.addAttribute(
                "texts",
                translations.showAll(result.items().stream()
                        .map(m -> ContentSource.plain(ContentKind.MEETING, m.id(), "title", m.title()))
                        .toList()));
        model.addAttribute("format", format == null ? "" : format.name());
        model.addAttribute("scope", scope);
        model.addAttribute("theme", theme);
        model.addAttribute("from", from == null ? "" : from.toString());
        model.addAttribute("to", to == null ? "" : to.toString());
        model.addAttribute("when", chosen.name());
        model.addAttribute("scopes", organisation.scopeTree());
        model.addAttribute("themes", organisation.themes());
        model.addAttribute("mapTiles", mapTiles);
        return "meetings/list";
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Model model) {
        return page(model, id, null);
    }

    /** {@link RegisterForMeeting} finds the meeting among those the person may see, and checks the rules. */
    @PostMapping("/meetings/{id}/register")
    String register(
            @PathVariable long id,
            @RequestParam Map<String, String> answers,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Forms.Done(
                        registrations.register(id, answers) == RegistrationStatus.WAITING
                                ? "meetings.registration.waiting" // no seat left: says so
                                : "meetings.registration.confirmed",
                        "/meetings/" + id),
                response,
                redirect,
                refusal -> page(model, id, why(refusal)));
    }

    @PostMapping("/meetings/{id}/cancel-registration")
    String cancel(@PathVariable long id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.act(
                () -> registrations.cancel(id),
                response,
                redirect,
                "meetings.registration.cancelled",
                "/meetings/" + id,
                refusal -> page(model, id, why(refusal)));
    }

    @GetMapping("/meetings/{id}/calendar.ics")
    ResponseEntity<String> ics(@PathVariable long id) {
        var meeting = visible(id);
        return ics(calendar.meeting(id, meeting.title()), "meeting-" + id + ".ics");
    }

    @GetMapping("/processes/{slug}/calendar.ics")
    ResponseEntity<String> processIcs(@PathVariable String slug) {
        var process = processes.publicPage(slug).orElseThrow(() -> new NotFoundException("process " + slug));
        return ics(calendar.process(process.id(), process.title()), slug + ".ics");
    }

    @GetMapping("/meetings/calendar.ics")
    ResponseEntity<String> platformIcs() {
        return ics(calendar.all(organisation.info().name()), "percorsi.ics");
    }

    /** A participant's registrations, with the address of their private calendar feed. */
    @GetMapping("/meetings/mine")
    String mine(Model model) {
        long me = accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        model.addAttribute("meetings", queries.registeredBy(me));
        model.addAttribute(
                "feed",
                calendar.feedToken(me)
                        .map(token -> "/meetings/feed/" + token + "/calendar.ics")
                        .orElse(null));
        return "meetings/mine";
    }

    /** Creates the private feed address, or a new one (the old one stops working). */
    @PostMapping("/meetings/mine/feed")
    String newFeed(HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return Forms.act(
                feeds::renew, response, redirect, "meetings.feed.created", "/meetings/mine", refusal -> mine(model));
    }

    /** The private feed, read by calendar apps without signing in: the secret address is the key. */
    @GetMapping("/meetings/feed/{token}/calendar.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        long owner = calendar.feedOwner(token).orElseThrow(() -> new NotFoundException("feed"));
        return ics(calendar.registrations(owner, View.t("meetings.feed.name")), "percorsi.ics");
    }

    private static ResponseEntity<String> ics(String body, String filename) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }

    private static String why(RuleViolation refusal) {
        return View.t(refusal.messageKey(), refusal.args());
    }

    /** The meeting, if the viewer may see it: the query applies the visibility (else not found). */
    private MeetingQueries.Detail visible(long id) {
        return queries.detail(id).orElseThrow(() -> new NotFoundException("meeting " + id));
    }

    private String page(Model model, long id, String refusal) {
        var meeting = visible(id);
        boolean organiser = permissions.canOrganise(meeting.processId());
        boolean published = meeting.status() == MeetingStatus.CLOSED;
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "texts",
                translations.showAll(List.of(
                        ContentSource.plain(ContentKind.MEETING, id, "title", meeting.title()),
                        ContentSource.plain(
                                ContentKind.MEETING,
                                id,
                                "easyRead",
                                queries.easyRead(id).orElse("")),
                        ContentSource.rich(ContentKind.MEETING, id, "description", meeting.descriptionHtml()),
                        ContentSource.rich(ContentKind.MEETING, id, "agenda", meeting.agendaHtml()))));
        model.addAttribute("refusal", refusal);
        model.addAttribute("organiser", organiser);
        // what the meeting produced is public once its record is published; its organisers see it as they write it
        boolean harvestShown = published || organiser;
        model.addAttribute(
                "harvest",
                harvestShown
                        ? harvest.stream()
                                .flatMap(part -> part.sectionOf(id, meeting.synthesisHtml()).stream())
                                .findFirst()
                                .orElse(null)
                        : null);
        model.addAttribute("attendance", published ? queries.attendance(id) : List.of());
        model.addAttribute("files", published ? queries.files(id) : List.of());
        model.addAttribute("born", queries.proposalsFrom(id));
        model.addAttribute(
                "registrationOpen",
                meeting.registrationEnabled()
                        && meeting.status() == MeetingStatus.SCHEDULED
                        && clock.instant().isBefore(meeting.closesAt()));
        model.addAttribute("mapTiles", mapTiles);
        return "meetings/show";
    }
}
