package org.percorsi.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.percorsi.meetings.domain.MeetingStore;
import org.percorsi.meetings.queries.MeetingQueries;
import org.percorsi.meetings.usecases.MeetingChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of meetings, and the plenary synthesis the harvest writes. */
@Service
@Transactional(readOnly = true)
public class MeetingsApi {

    private final JdbcClient jdbc;
    private final MeetingQueries queries;
    private final MeetingStore store;
    private final MeetingChanges changes;

    MeetingsApi(JdbcClient jdbc, MeetingQueries queries, MeetingStore store, MeetingChanges changes) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.store = store;
        this.changes = changes;
    }

    /** A meeting as other modules name it: its process, title and page. */
    public record MeetingRef(long id, long processId, String title) {}

    public Optional<MeetingRef> meeting(long meetingId) {
        return jdbc.sql("select id, process_id, title from meeting where id = :id")
                .param("id", meetingId)
                .query((rs, n) -> new MeetingRef(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    /** A meeting coming up, for lists of dates across the platform. */
    public record UpcomingMeeting(long id, String title, Instant startsAt, String processSlug, String processTitle) {}

    /** The next meetings the viewer may see across all processes, soonest first, cancelled ones left out. */
    public List<UpcomingMeeting> upcoming(int limit) {
        return queries.upcoming(null, limit).stream()
                .map(m -> new UpcomingMeeting(m.id(), m.title(), m.startsAt(), m.processSlug(), m.processTitle()))
                .toList();
    }

    /**
     * A meeting as feeds announce it: when it is held and where, whether it was cancelled, when it was
     * scheduled and last changed.
     */
    public record Announced(
            long id,
            String title,
            Instant startsAt,
            String place,
            boolean online,
            MeetingStatus status,
            String processSlug,
            String processTitle,
            Instant scheduledAt,
            Instant updatedAt) {}

    /** The meetings the viewer may see, latest scheduled first: of one process, or of all when null. */
    public List<Announced> recentlyScheduled(Long processId, int limit) {
        return queries.recentlyScheduled(processId, limit);
    }

    /** How many live registrations (confirmed or waiting) meetings have: a total for the operators' metrics. */
    public long registrationCount() {
        return jdbc.sql("select count(*) from meeting_registration where status <> 'CANCELLED'")
                .query(Long.class)
                .single();
    }

    /** A meeting of a process where it is held, for pages that gather a place's activity. */
    public record PlacedMeeting(long id, String title, Instant startsAt, MeetingFormat format, String scopeName) {}

    /**
     * The meetings of a process the viewer may see in these places (a neighbourhood and the areas inside it), or,
     * with no places, those for the whole territory (a city-wide workshop); in the order they are held.
     */
    public List<PlacedMeeting> ofProcessIn(long processId, Collection<Long> scopeIds) {
        return queries.ofProcessIn(processId, scopeIds).stream()
                .map(m -> new PlacedMeeting(m.id(), m.title(), m.startsAt(), m.format(), m.scopeName()))
                .toList();
    }

    /** The meetings still to come a person registered for or waits for, soonest first (at most 100). */
    public List<UpcomingRegistration> upcomingRegistrationsOf(long accountId) {
        return queries.upcomingRegistrationsOf(accountId);
    }

    /** Which of these meetings the viewer may see (one query, for lists). */
    public Set<Long> visibleAmong(Collection<Long> meetingIds) {
        return queries.visibleAmong(meetingIds);
    }

    /** Which of these meetings the viewer may see with their record published: their harvest is public. */
    public Set<Long> publishedAmong(Collection<Long> meetingIds) {
        return queries.publishedAmong(meetingIds);
    }

    /** These meetings by id (one query, for lists); the caller filters what the viewer may see. */
    public Map<Long, MeetingRef> meetings(Collection<Long> meetingIds) {
        var found = new HashMap<Long, MeetingRef>();
        if (meetingIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, process_id, title from meeting where id = any(:ids)")
                .param("ids", meetingIds.toArray(Long[]::new))
                .query(rs -> {
                    found.put(rs.getLong(1), new MeetingRef(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                });
        return found;
    }

    /** When and where a meeting is held, for a module that holds something at it (a negotiation table's session). */
    public record MeetingSlot(
            long id,
            long processId,
            String title,
            Instant startsAt,
            Instant endsAt,
            String address,
            String room,
            boolean online,
            boolean reserved,
            MeetingStatus status) {}

    private static final String SLOT = """
            select id, process_id, title, starts_at, ends_at, address, room, online_url is not null as online, reserved,
                   status from meeting""";

    /** Every meeting of a process, newest first, whatever its status: for its team, whom the caller checks. */
    public List<MeetingSlot> slotsOfProcess(long processId) {
        return jdbc.sql(SLOT + " where process_id = :p order by starts_at desc, id desc")
                .param("p", processId)
                .query(MeetingsApi::slot)
                .list();
    }

    /** These meetings' time and place by id (one query, for lists); the caller filters what the viewer may see. */
    public Map<Long, MeetingSlot> slots(Collection<Long> meetingIds) {
        var found = new HashMap<Long, MeetingSlot>();
        if (!meetingIds.isEmpty()) {
            jdbc.sql(SLOT + " where id = any(:ids)")
                    .param("ids", meetingIds.toArray(Long[]::new))
                    .query(MeetingsApi::slot)
                    .list()
                    .forEach(slot -> found.put(slot.id(), slot));
        }
        return found;
    }

    private static MeetingSlot slot(ResultSet rs, int row) throws SQLException {
        return new MeetingSlot(
                rs.getLong("id"),
                rs.getLong("process_id"),
                rs.getString("title"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("address"),
                rs.getString("room"),
                rs.getBoolean("online"),
                rs.getBoolean("reserved"),
                MeetingStatus.valueOf(rs.getString("status")));
    }

    /**
     * A meeting as a module recording at it checks it (the harvest): its process, phase, theme and scope, its
     * method, its state and its plenary synthesis. Whatever the visibility: for its team, whom the caller checks.
     */
    public record MeetingHead(
            long id,
            long processId,
            Long phaseId,
            Long themeId,
            Long scopeId,
            String title,
            MeetingFormat format,
            MeetingStatus status,
            String synthesisHtml) {}

    public Optional<MeetingHead> head(long meetingId) {
        return jdbc.sql("""
                select id, process_id, phase_id, theme_id, scope_id, title, format, status, synthesis_html
                from meeting where id = :id""")
                .param("id", meetingId)
                .query((rs, n) -> new MeetingHead(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        (Long) rs.getObject("phase_id"),
                        (Long) rs.getObject("theme_id"),
                        (Long) rs.getObject("scope_id"),
                        rs.getString("title"),
                        MeetingFormat.valueOf(rs.getString("format")),
                        MeetingStatus.valueOf(rs.getString("status")),
                        rs.getString("synthesis_html")))
                .optional();
    }

    /**
     * Keeps the plenary synthesis (sanitized rich text, or null) with the meeting, where search finds it once the
     * record is published. The harvest writes it; the caller checks that the viewer organises the meeting.
     */
    @Transactional
    public void saveSynthesis(long meetingId, String synthesisHtml) {
        store.saveSynthesis(meetingId, synthesisHtml);
        changes.announce(meetingId);
    }

    /**
     * What search indexes of a meeting: its text, and its minutes and synthesis once published (closed).
     * Reserved meetings are never indexed (search filters only by process and phase). Search receives it with
     * each change, in {@link MeetingChanged.Content}.
     */
    public record Indexable(long id, long processId, Long phaseId, String title, String text, boolean reserved) {}

    public Optional<Indexable> indexable(long meetingId) {
        return store.indexable(meetingId);
    }
}
