package org.percorsi.meetings;

import java.util.Optional;
import org.percorsi.shared.richtext.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of meetings. */
@Service
@Transactional(readOnly = true)
public class MeetingsApi {

    private final JdbcClient jdbc;
    private final org.percorsi.meetings.queries.MeetingQueries queries;

    MeetingsApi(JdbcClient jdbc, org.percorsi.meetings.queries.MeetingQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** A meeting as other modules name it: its process, title and page. */
    public record MeetingRef(long id, long processId, String title) {
    }

    public Optional<MeetingRef> meeting(long meetingId) {
        return jdbc.sql("select id, process_id, title from meeting where id = :id").param("id", meetingId)
                .query((rs, n) -> new MeetingRef(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
    }

    /** A meeting coming up, for lists of dates across the platform. */
    public record UpcomingMeeting(long id, String title, java.time.Instant startsAt, String processSlug,
            String processTitle) {
    }

    /** The next meetings the viewer may see across all processes, soonest first, cancelled ones left out. */
    public java.util.List<UpcomingMeeting> upcoming(int limit) {
        return queries.upcoming(null, limit).stream()
                .map(m -> new UpcomingMeeting(m.id(), m.title(), m.startsAt(), m.processSlug(), m.processTitle()))
                .toList();
    }

    /** The meetings still to come a person registered for or waits for, soonest first (at most 100). */
    public java.util.List<UpcomingRegistration> upcomingRegistrationsOf(long accountId) {
        return queries.upcomingRegistrationsOf(accountId);
    }

    /** Which of these meetings the viewer may see (one query, for lists). */
    public java.util.Set<Long> visibleAmong(java.util.Collection<Long> meetingIds) {
        return queries.visibleAmong(meetingIds);
    }

    /** Which of these meetings the viewer may see with their record published: their harvest is public. */
    public java.util.Set<Long> publishedAmong(java.util.Collection<Long> meetingIds) {
        return queries.publishedAmong(meetingIds);
    }

    /** One entry of a meeting's harvest: a group (table, cluster, theme) or an item (note, card, comment, answer). */
    public record HarvestEntry(boolean group, long id, String kind, String text, Long proposalId) {
    }

    public java.util.List<HarvestEntry> harvest(long meetingId) {
        var entries = new java.util.ArrayList<HarvestEntry>();
        jdbc.sql("select id, kind, label, proposal_id from harvest_group where meeting_id = :m and kind <> 'PROFILE' order by kind, position, id")
                .param("m", meetingId).query(rs -> {
                    entries.add(new HarvestEntry(true, rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4)));
                });
        jdbc.sql("select id, kind, body, proposal_id from harvest_item where meeting_id = :m order by id")
                .param("m", meetingId).query(rs -> {
                    entries.add(new HarvestEntry(false, rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4)));
                });
        return entries;
    }

    /**
     * What search indexes of a meeting: its text, and its minutes and synthesis once published (closed).
     * Reserved meetings are never indexed (search filters only by process and phase). Search receives it with
     * each change, in {@link MeetingChanged.Content}.
     */
    public record Indexable(long id, long processId, Long phaseId, String title, String text, boolean reserved) {
    }

    public Optional<Indexable> indexable(long meetingId) {
        return jdbc.sql("select * from meeting where id = :id").param("id", meetingId)
                .query((rs, n) -> new Indexable(rs.getLong("id"), rs.getLong("process_id"), (Long) rs.getObject("phase_id"),
                        rs.getString("title"), String.join(" ", nonNull(rs.getString("audience")),
                                nonNull(rs.getString("address")), RichText.plainText(rs.getString("description_html")),
                                RichText.plainText(rs.getString("agenda_html")),
                                "CLOSED".equals(rs.getString("status")) ? RichText.plainText(rs.getString("minutes_html")) : "",
                                "CLOSED".equals(rs.getString("status")) ? RichText.plainText(rs.getString("synthesis_html")) : "").strip(),
                        rs.getBoolean("reserved")))
                .optional();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
