package org.percorsi.web;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: processes under way and coming up, and the next dates (phases and meetings). */
@Controller
class HomeController {

    private final ProcessesApi processes;
    private final OrganisationApi organisation;
    private final MeetingsApi meetings;

    HomeController(ProcessesApi processes, OrganisationApi organisation, MeetingsApi meetings) {
        this.processes = processes;
        this.organisation = organisation;
        this.meetings = meetings;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAllAttributes(Map.of(
                "active", processes.active(6),
                "upcoming", processes.upcoming(6),
                "dates", nextDates(8),
                "organisation", organisation.info()));
        return "web/home";
    }

    /** The next phase starts and ends and the next meetings, soonest first (a day's meetings, then its phases). */
    private List<HomeDate> nextDates(int limit) {
        var rome = ZoneId.of("Europe/Rome");
        var phases = processes.nextDates(limit).stream()
                .map(d -> new HomeDate(
                        d.date(),
                        null,
                        View.t(d.start() ? "home.phaseStarts" : "home.phaseEnds", d.phaseTitle()),
                        null,
                        d.processSlug(),
                        d.processTitle()));
        var meetingDates = meetings.upcoming(limit).stream()
                .map(m -> new HomeDate(
                        m.startsAt().atZone(rome).toLocalDate(),
                        m.startsAt().atZone(rome).toLocalTime(),
                        View.t("home.meeting", m.title()),
                        "/meetings/" + m.id(),
                        m.processSlug(),
                        m.processTitle()));
        return Stream.concat(phases, meetingDates)
                .sorted(Comparator.comparing(HomeDate::day)
                        .thenComparing(HomeDate::time, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(limit)
                .toList();
    }
}
