package org.percorsi.outreach;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.percorsi.files.FilesApi;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.outreach.PublicOutreach.Action;
import org.percorsi.outreach.PublicOutreach.InfoPoint;
import org.percorsi.outreach.PublicOutreach.Material;
import org.percorsi.outreach.PublicOutreach.Section;
import org.percorsi.outreach.queries.CommunicationQueries;
import org.percorsi.outreach.queries.InfoPointQueries;
import org.percorsi.processes.ProcessSections;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.View;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public part of a process's outreach, for its page and outreach's own public pages: public actions (done and
 * to come) with their materials and the meetings they promote when the viewer may see them, and the info points.
 * Nothing for a process the viewer may not see.
 */
@Component
@Transactional(readOnly = true)
@Order(10) // after the meetings, before the regional record
public class OutreachOfProcess implements ProcessSections {

    private final ProcessesApi processes;
    private final CommunicationQueries communication;
    private final InfoPointQueries infoPoints;
    private final MeetingsApi meetings;
    private final OrganisationApi organisation;
    private final TemplateEngine templates;

    OutreachOfProcess(
            ProcessesApi processes,
            CommunicationQueries communication,
            InfoPointQueries infoPoints,
            MeetingsApi meetings,
            OrganisationApi organisation,
            TemplateEngine templates) {
        this.processes = processes;
        this.communication = communication;
        this.infoPoints = infoPoints;
        this.meetings = meetings;
        this.organisation = organisation;
        this.templates = templates;
    }

    /** The section on the process's page: what is coming and done, and where to ask; nothing when empty. */
    @Override
    public Optional<Content> sectionOf(long processId) {
        Section section = of(processId);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        var params = new HashMap<String, Object>();
        params.put("outreach", section);
        params.put("slug", processes.visibleById(processId).orElseThrow().slug());
        return Optional.of(output -> templates.render("outreach/processSection.jte", params, output));
    }

    public Section of(long processId) {
        if (processes.visibleById(processId).isEmpty()) {
            return new Section(List.of(), List.of(), List.of());
        }
        Locale reader = View.locale();
        LocalDate today = processes.today();
        var actions = communication.publicActions(processId);
        var meetingIds = actions.stream()
                .map(CommunicationQueries.Action::meetingId)
                .filter(id -> id != null)
                .collect(Collectors.toSet());
        var visible = meetings.visibleAmong(meetingIds);
        var titles = meetings.meetings(visible);
        List<Action> shown = actions.stream()
                .map(a -> {
                    Long meeting = a.meetingId() != null && visible.contains(a.meetingId()) ? a.meetingId() : null;
                    return new Action(
                            a.title(),
                            channelLabel(a.channel(), a.channelOther()),
                            a.audience(),
                            Languages.names(a.languages(), reader),
                            a.plannedOn(),
                            a.doneOn(),
                            meeting,
                            meeting == null ? null : titles.get(meeting).title(),
                            a.materials().stream()
                                    .map(m -> new Material(
                                            FilesApi.url(m.fileId()), m.description(), m.filename(), m.image()))
                                    .toList());
                })
                .toList();
        List<Action> done =
                shown.stream().filter(a -> a.doneOn() != null).toList().reversed();
        List<Action> upcoming = shown.stream()
                .filter(a -> a.doneOn() == null && !a.plannedOn().isBefore(today))
                .toList();
        var points = infoPoints.points(processId);
        var scopes = organisation.scopesById(points.stream()
                .map(InfoPointQueries.Point::scopeId)
                .filter(id -> id != null)
                .toList());
        List<InfoPoint> shownPoints = points.stream()
                .map(p -> new InfoPoint(
                        p.id(),
                        p.name(),
                        p.address(),
                        p.scopeId() == null || !scopes.containsKey(p.scopeId())
                                ? null
                                : scopes.get(p.scopeId()).name(),
                        p.organisationName(),
                        hours(p.slots(), reader),
                        p.hoursNote(),
                        Languages.names(p.languages(), reader),
                        p.latitude() == null ? null : p.latitude().toPlainString(),
                        p.longitude() == null ? null : p.longitude().toPlainString()))
                .toList();
        return new Section(upcoming, done, shownPoints);
    }

    /** The channel as people read it: its name in the list, or the name typed for another. */
    public static String channelLabel(Channel channel, String other) {
        return channel == Channel.OTHER && other != null ? other : View.t("outreach.channel." + channel.name());
    }

    /** Opening hours as lines, one per slot: "lunedì 09:00–12:00". */
    static List<String> hours(List<InfoPointQueries.Slot> slots, Locale reader) {
        return slots.stream()
                .map(s -> DayOfWeek.of(s.weekday()).getDisplayName(TextStyle.FULL, reader) + " " + s.opens() + "–"
                        + s.closes())
                .toList();
    }
}
