package org.percorsi.meetings.queries;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as iCalendar (RFC 5545): one meeting, a process's meetings, or a
 * person's registrations. Times are in UTC, so every calendar places them right
 * without a time-zone table; SEQUENCE grows with each change and STATUS says
 * when a meeting was cancelled, so calendars update the event they already hold.
 */
@Service
@Transactional(readOnly = true)
public class MeetingCalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final MeetingQueries queries;
    private final PublicLinks links;
    private final Clock clock;

    MeetingCalendar(JdbcClient jdbc, MeetingQueries queries, PublicLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.links = links;
        this.clock = clock;
    }

    private record Event(
            long id,
            String title,
            String description,
            Instant starts,
            Instant ends,
            String location,
            String online,
            int sequence,
            String status,
            Instant updated) {}

    public String meeting(long meetingId, String calendarName) {
        return calendar(calendarName, events("m.id = :id", Map.of("id", meetingId)));
    }

    public String process(long processId, String calendarName) {
        return calendar(calendarName, events("m.process_id = :process", Map.of("process", processId)));
    }

    /**
     * The meetings of the whole platform the viewer may see, from a year ago on: the calendar's limit then
     * leaves out the oldest, never the ones to come.
     */
    public String all(String calendarName) {
        return calendar(
                calendarName,
                events(
                        "m.ends_at >= :since",
                        Map.of("since", Timestamp.from(clock.instant().minus(Duration.ofDays(365))))));
    }

    /**
     * A person's registrations, read by their calendar app without signing in: the
     * secret address stands for the person, so visibility is theirs (a reserved
     * meeting stays while they keep a role in its process), not the app's.
     */
    public String registrations(long accountId, String calendarName) {
        return calendar(calendarName, events("""
                exists (select 1 from meeting_registration r where r.meeting_id = m.id and r.account_id = :account
                        and r.status <> 'CANCELLED')
                and exists (select 1 from process_summary p where p.id = m.process_id and p.status <> 'DRAFT'
                        and (p.visibility = 'PUBLIC' or exists (select 1 from process_member pr
                             where pr.process_id = p.id and pr.account_id = :account)))
                and (not m.reserved or exists (select 1 from process_member pr
                     where pr.process_id = m.process_id and pr.account_id = :account))
                and (m.phase_id is null or not exists (select 1 from phase_summary ph where ph.id = m.phase_id
                     and ph.reserved and not exists (select 1 from process_member pr
                                                     where pr.process_id = m.process_id and pr.account_id = :account)))""", Map.of("account", accountId), false));
    }

    /** The secret of the person's private feed, if they created one. */
    public Optional<String> feedToken(long accountId) {
        return jdbc.sql("select token from meeting_calendar_feed where account_id = :a")
                .param("a", accountId)
                .query(String.class)
                .optional();
    }

    /** Whose private feed this secret opens. */
    public Optional<Long> feedOwner(String token) {
        return jdbc.sql("select account_id from meeting_calendar_feed where token = :t")
                .param("t", token)
                .query(Long.class)
                .optional();
    }

    private List<Event> events(String condition, Map<String, Object> extra) {
        return events(condition, extra, true);
    }

    private List<Event> events(String condition, Map<String, Object> extra, boolean asViewer) {
        var params = asViewer ? queries.visibility() : new HashMap<String, Object>();
        params.putAll(extra);
        return jdbc.sql("select m.* from meeting m where " + condition
                        + (asViewer ? " and " + MeetingQueries.VISIBLE : "") + " order by m.starts_at limit 2000")
                .params(params)
                .query((rs, n) -> new Event(
                        rs.getLong("id"),
                        rs.getString("title"),
                        RichText.plainText(rs.getString("description_html")),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        location(rs.getString("address"), rs.getString("room")),
                        rs.getString("online_url"),
                        rs.getInt("sequence"),
                        rs.getString("status"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    private static String location(String address, String room) {
        if (address == null) {
            return null;
        }
        return room == null ? address : address + " – " + room;
    }

    private String calendar(String name, List<Event> events) {
        var ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Percorsi//Meetings//IT");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(name));
        String host = URI.create(links.to("/")).getHost();
        String stamp = UTC.format(clock.instant());
        for (var event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:meeting-" + event.id() + "@" + (host == null ? "percorsi" : host));
            line(ics, "DTSTAMP:" + stamp);
            line(ics, "DTSTART:" + UTC.format(event.starts()));
            line(ics, "DTEND:" + UTC.format(event.ends()));
            line(ics, "SEQUENCE:" + event.sequence());
            line(ics, "STATUS:" + ("CANCELLED".equals(event.status()) ? "CANCELLED" : "CONFIRMED"));
            line(ics, "LAST-MODIFIED:" + UTC.format(event.updated()));
            line(ics, "SUMMARY:" + text(event.title()));
            // many calendar apps show the description but not URL: the link back and the online link go there too
            String page = links.to("/meetings/" + event.id());
            var description = new StringBuilder(event.description().strip());
            if (event.online() != null) {
                description.append(description.isEmpty() ? "" : "\n\n").append(event.online());
            }
            description.append(description.isEmpty() ? "" : "\n\n").append(page);
            line(ics, "DESCRIPTION:" + text(description.toString()));
            if (event.location() != null) {
                line(ics, "LOCATION:" + text(event.location()));
            } else if (event.online() != null) {
                line(ics, "LOCATION:" + text(event.online()));
            }
            line(ics, "URL:" + page);
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 3.3.11). */
    private static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Content lines end with CRLF and fold at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
