package org.percorsi.meetings.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.meetings.RegistrationStatus;
import org.percorsi.shared.richtext.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of meetings and registrations (plain SQL: capacity and uniqueness are guarded by the database). */
@Repository
public class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting's facts every write checks against. */
    public record Head(
            long id,
            long processId,
            Long phaseId,
            Long themeId,
            Long scopeId,
            String title,
            String format,
            MeetingStatus status,
            boolean reserved,
            boolean registrationEnabled,
            Integer capacity,
            boolean waitingList,
            Instant startsAt,
            Instant endsAt,
            Instant registrationClosesAt,
            List<String> questions) {

        public Instant closesAt() {
            return registrationClosesAt != null ? registrationClosesAt : startsAt;
        }
    }

    public record Row(
            String title,
            String format,
            Long phaseId,
            Long themeId,
            Long scopeId,
            String descriptionHtml,
            Instant startsAt,
            Instant endsAt,
            String address,
            String room,
            String accessibilityNotes,
            String onlineUrl,
            BigDecimal latitude,
            BigDecimal longitude,
            String audience,
            String agendaHtml,
            String facilitators,
            boolean reserved,
            boolean registrationEnabled,
            Integer capacity,
            boolean waitingList,
            Instant registrationClosesAt,
            String questions) {}

    public long insert(long processId, Row row) {
        return bind(jdbc.sql("""
                insert into meeting (process_id, title, format, phase_id, theme_id, scope_id, description_html, starts_at,
                    ends_at, address, room, accessibility_notes, online_url, latitude, longitude, audience, agenda_html,
                    facilitators, reserved, registration_enabled, capacity, waiting_list, registration_closes_at, questions)
                values (:process, :title, :format, :phase, :theme, :scope, :description, :starts, :ends, :address, :room,
                    :access, :online, :lat, :lng, :audience, :agenda, :facilitators, :reserved, :registration, :capacity,
                    :waiting, :closes, :questions)
                returning id""").param("process", processId), row)
                .query(Long.class)
                .single();
    }

    /** Updates the meeting; calendars see a new SEQUENCE. */
    public void update(long id, Row row) {
        bind(jdbc.sql("""
                update meeting set title = :title, format = :format, phase_id = :phase, theme_id = :theme, scope_id = :scope,
                    description_html = :description, starts_at = :starts, ends_at = :ends, address = :address, room = :room,
                    accessibility_notes = :access, online_url = :online, latitude = :lat, longitude = :lng,
                    audience = :audience, agenda_html = :agenda, facilitators = :facilitators, reserved = :reserved,
                    registration_enabled = :registration, capacity = :capacity, waiting_list = :waiting,
                    registration_closes_at = :closes, questions = :questions, sequence = sequence + 1, updated_at = now()
                where id = :id""").param("id", id), row).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Row row) {
        return spec.param("title", row.title())
                .param("format", row.format())
                .param("phase", row.phaseId())
                .param("theme", row.themeId())
                .param("scope", row.scopeId())
                .param("description", row.descriptionHtml())
                .param("starts", Timestamp.from(row.startsAt()))
                .param("ends", Timestamp.from(row.endsAt()))
                .param("address", row.address())
                .param("room", row.room())
                .param("access", row.accessibilityNotes())
                .param("online", row.onlineUrl())
                .param("lat", row.latitude())
                .param("lng", row.longitude())
                .param("audience", row.audience())
                .param("agenda", row.agendaHtml())
                .param("facilitators", row.facilitators())
                .param("reserved", row.reserved())
                .param("registration", row.registrationEnabled())
                .param("capacity", row.capacity())
                .param("waiting", row.waitingList())
                .param("closes", row.registrationClosesAt() == null ? null : Timestamp.from(row.registrationClosesAt()))
                .param("questions", row.questions());
    }

    public void setStatus(long id, MeetingStatus status) {
        jdbc.sql("update meeting set status = :s, sequence = sequence + 1, updated_at = now(), "
                        + "closed_at = case when :s = 'CLOSED' then now() else closed_at end where id = :id")
                .param("s", status.name())
                .param("id", id)
                .update();
    }

    public void saveMinutes(long id, String minutesHtml) {
        jdbc.sql("update meeting set minutes_html = :m, updated_at = now() where id = :id")
                .param("m", minutesHtml)
                .param("id", id)
                .update();
    }

    public void saveEasyRead(long id, String easyRead) {
        jdbc.sql("update meeting set easy_read = :e, updated_at = now() where id = :id")
                .param("e", easyRead)
                .param("id", id)
                .update();
    }

    public void saveSynthesis(long id, String synthesisHtml) {
        jdbc.sql("update meeting set synthesis_html = :s, updated_at = now() where id = :id")
                .param("s", synthesisHtml)
                .param("id", id)
                .update();
    }

    public void replaceAttendance(long id, String dimension, Map<String, Integer> counts) {
        jdbc.sql("delete from meeting_attendance where meeting_id = :id and dimension = :d")
                .param("id", id)
                .param("d", dimension)
                .update();
        counts.forEach((bucket, people) -> {
            if (people != null && people > 0) {
                jdbc.sql(
                                "insert into meeting_attendance (meeting_id, dimension, bucket, people) values (:id, :d, :b, :p)")
                        .param("id", id)
                        .param("d", dimension)
                        .param("b", bucket)
                        .param("p", people)
                        .update();
            }
        });
    }

    public void attach(long id, UUID fileId, String filename, boolean image, String caption) {
        jdbc.sql("""
                insert into meeting_file (meeting_id, file_id, filename, image, caption, position)
                values (:id, :f, :n, :i, :c, (select coalesce(max(position), -1) + 1 from meeting_file where meeting_id = :id))""")
                .param("id", id)
                .param("f", fileId)
                .param("n", filename)
                .param("i", image)
                .param("c", caption)
                .update();
    }

    public boolean detach(long id, UUID fileId) {
        return jdbc.sql("delete from meeting_file where meeting_id = :id and file_id = :f")
                        .param("id", id)
                        .param("f", fileId)
                        .update()
                == 1;
    }

    /**
     * Counts a change of the meeting that other modules hear of, and returns its new version. The row stays
     * locked until the transaction ends, so versions follow the order in which changes commit.
     */
    public Optional<Long> countChange(long id) {
        return jdbc.sql("update meeting set version = version + 1 where id = :id returning version")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    public Optional<Head> head(long id) {
        return head(id, "");
    }

    /** The meeting with its row locked until the transaction ends: registrations of one meeting queue here. */
    public Optional<Head> lock(long id) {
        return head(id, " for update");
    }

    private Optional<Head> head(long id, String lock) {
        return jdbc.sql("select * from meeting where id = :id" + lock)
                .param("id", id)
                .query((rs, n) -> new Head(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        (Long) rs.getObject("phase_id"),
                        (Long) rs.getObject("theme_id"),
                        (Long) rs.getObject("scope_id"),
                        rs.getString("title"),
                        rs.getString("format"),
                        MeetingStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("reserved"),
                        rs.getBoolean("registration_enabled"),
                        (Integer) rs.getObject("capacity"),
                        rs.getBoolean("waiting_list"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        rs.getTimestamp("registration_closes_at") == null
                                ? null
                                : rs.getTimestamp("registration_closes_at").toInstant(),
                        rs.getString("questions") == null
                                ? List.of()
                                : rs.getString("questions")
                                        .lines()
                                        .filter(l -> !l.isBlank())
                                        .toList()))
                .optional();
    }

    // --- registrations

    public record Registration(long id, long accountId, RegistrationStatus status, Instant checkedInAt) {}

    public Optional<Registration> liveRegistration(long meetingId, long accountId) {
        return jdbc.sql("select id, account_id, status, checked_in_at from meeting_registration "
                        + "where meeting_id = :m and account_id = :a and status <> 'CANCELLED'")
                .param("m", meetingId)
                .param("a", accountId)
                .query(MeetingStore::registration)
                .optional();
    }

    public Optional<Registration> registration(long meetingId, long registrationId) {
        return jdbc.sql(
                        "select id, account_id, status, checked_in_at from meeting_registration where meeting_id = :m and id = :id")
                .param("m", meetingId)
                .param("id", registrationId)
                .query(MeetingStore::registration)
                .optional();
    }

    private static Registration registration(ResultSet rs, int n) throws SQLException {
        return new Registration(
                rs.getLong("id"),
                rs.getLong("account_id"),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("checked_in_at") == null
                        ? null
                        : rs.getTimestamp("checked_in_at").toInstant());
    }

    public int confirmedCount(long meetingId) {
        return jdbc.sql("select count(*) from meeting_registration where meeting_id = :m and status = 'CONFIRMED'")
                .param("m", meetingId)
                .query(Integer.class)
                .single();
    }

    public long register(long meetingId, long accountId, RegistrationStatus status, String answers) {
        return jdbc.sql(
                        "insert into meeting_registration (meeting_id, account_id, status, answers) values (:m, :a, :s, :ans) returning id")
                .param("m", meetingId)
                .param("a", accountId)
                .param("s", status.name())
                .param("ans", answers)
                .query(Long.class)
                .single();
    }

    public void setRegistrationStatus(long registrationId, RegistrationStatus status) {
        jdbc.sql("update meeting_registration set status = :s, updated_at = now(), "
                        + "checked_in_at = case when :s = 'CONFIRMED' then checked_in_at end where id = :id")
                .param("s", status.name())
                .param("id", registrationId)
                .update();
    }

    /** The first people waiting, in the order they joined the list. */
    public List<Registration> firstWaiting(long meetingId, int count) {
        return jdbc.sql("select id, account_id, status, checked_in_at from meeting_registration "
                        + "where meeting_id = :m and status = 'WAITING' order by queued_at, id limit :n")
                .param("m", meetingId)
                .param("n", count)
                .query(MeetingStore::registration)
                .list();
    }

    /** Everyone still registered or waiting, for notices about the meeting itself. */
    public List<Long> liveAccountIds(long meetingId) {
        return jdbc.sql(
                        "select account_id from meeting_registration where meeting_id = :m and status <> 'CANCELLED' order by id")
                .param("m", meetingId)
                .query(Long.class)
                .list();
    }

    /** Meetings still to come (or under way) where the person holds a seat or waits, in id order for locking. */
    public List<Long> meetingsAheadRegisteredBy(long accountId) {
        return jdbc.sql(
                        "select r.meeting_id from meeting_registration r join meeting m on m.id = r.meeting_id "
                                + "where r.account_id = :a and r.status <> 'CANCELLED' and m.ends_at > now() order by r.meeting_id")
                .param("a", accountId)
                .query(Long.class)
                .list();
    }

    /** What a person answered when registering (health needs, diets...) is forgotten; the headcount stays. */
    public void eraseAnswers(long accountId) {
        jdbc.sql(
                        "update meeting_registration set answers = null, updated_at = now() where account_id = :a and answers is not null")
                .param("a", accountId)
                .update();
    }

    public void checkIn(long registrationId, boolean present) {
        jdbc.sql(
                        "update meeting_registration set checked_in_at = case when :p then coalesce(checked_in_at, now()) end, "
                                + "updated_at = now() where id = :id")
                .param("p", present)
                .param("id", registrationId)
                .update();
    }

    // --- calendar feed

    public void saveFeedToken(long accountId, String token) {
        jdbc.sql("insert into meeting_calendar_feed (account_id, token) values (:a, :t) "
                        + "on conflict (account_id) do update set token = excluded.token")
                .param("a", accountId)
                .param("t", token)
                .update();
    }

    /** The private feed address stops working. */
    public void revokeFeed(long accountId) {
        jdbc.sql("delete from meeting_calendar_feed where account_id = :a")
                .param("a", accountId)
                .update();
    }

    /** The meeting as search indexes it (read in the transaction of a change, to carry it in the event). */
    public Optional<MeetingsApi.Indexable> indexable(long meetingId) {
        return jdbc.sql("select * from meeting where id = :id")
                .param("id", meetingId)
                .query((rs, n) -> new MeetingsApi.Indexable(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        (Long) rs.getObject("phase_id"),
                        rs.getString("title"),
                        String.join(
                                        " ",
                                        nonNull(rs.getString("audience")),
                                        nonNull(rs.getString("address")),
                                        RichText.plainText(rs.getString("description_html")),
                                        RichText.plainText(rs.getString("agenda_html")),
                                        "CLOSED".equals(rs.getString("status"))
                                                ? RichText.plainText(rs.getString("minutes_html"))
                                                : "",
                                        "CLOSED".equals(rs.getString("status"))
                                                ? RichText.plainText(rs.getString("synthesis_html"))
                                                : "")
                                .strip(),
                        rs.getBoolean("reserved")))
                .optional();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
