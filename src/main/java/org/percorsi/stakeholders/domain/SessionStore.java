package org.percorsi.stakeholders.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of a negotiation table's sessions: scheduling, editing, minutes and their approval. */
@Repository
public class SessionStore {

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A session as the rules check it. */
    public record SessionRow(
            long id,
            long processId,
            int number,
            LocalDate heldOn,
            Long meetingId,
            String minutesState,
            Long minutesApprovedIn) {}

    /** The session, its row locked until the transaction ends (two writes to one session queue). */
    public Optional<SessionRow> lock(long processId, int number) {
        return jdbc.sql("""
                        select id, process_id, number, held_on, meeting_id, minutes_state, minutes_approved_in
                        from negotiation_table_session where process_id = :p and number = :n for update""")
                .param("p", processId)
                .param("n", number)
                .query((rs, n) -> new SessionRow(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        rs.getInt("number"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getObject("meeting_id", Long.class),
                        rs.getString("minutes_state"),
                        rs.getObject("minutes_approved_in", Long.class)))
                .optional();
    }

    /**
     * Serialises the scheduling of a process's sessions: numbers are given in turn, so two managers scheduling at
     * the same time get 1 and 2, not the same number twice.
     */
    public void lockNumbering(long processId) {
        jdbc.sql(
                        "select pg_advisory_xact_lock(hashtext('negotiation_table_session'), cast(mod(:p, 2147483647) as integer))")
                .param("p", processId)
                .query((rs, n) -> 1)
                .list();
    }

    /** The date of the session numbered {@code number}, if there is one. */
    public Optional<LocalDate> dateOf(long processId, int number) {
        return jdbc.sql("select held_on from negotiation_table_session where process_id = :p and number = :n")
                .param("p", processId)
                .param("n", number)
                .query(LocalDate.class)
                .optional();
    }

    public int numberOf(long sessionId) {
        return jdbc.sql("select number from negotiation_table_session where id = :id")
                .param("id", sessionId)
                .query(Integer.class)
                .single();
    }

    public int nextNumber(long processId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from negotiation_table_session where process_id = :p")
                .param("p", processId)
                .query(Integer.class)
                .single();
    }

    /** The session already held as this meeting, other than {@code except}, if any (its number). */
    public Optional<Integer> sessionAtMeeting(long meetingId, long except) {
        return jdbc.sql("select number from negotiation_table_session where meeting_id = :m and id <> :x")
                .param("m", meetingId)
                .param("x", except)
                .query(Integer.class)
                .optional();
    }

    public long insert(long processId, int number, String title, LocalDate heldOn, Long meetingId, String agenda) {
        return jdbc.sql("""
                        insert into negotiation_table_session (process_id, number, title, held_on, meeting_id, agenda)
                        values (:p, :n, :t, :d, :m, :a) returning id""")
                .param("p", processId)
                .param("n", number)
                .param("t", title)
                .param("d", heldOn)
                .param("m", meetingId)
                .param("a", agenda)
                .query(Long.class)
                .single();
    }

    public void update(long sessionId, String title, LocalDate heldOn, Long meetingId, String agenda) {
        jdbc.sql("""
                        update negotiation_table_session set title = :t, held_on = :d, meeting_id = :m, agenda = :a
                        where id = :id""")
                .param("id", sessionId)
                .param("t", title)
                .param("d", heldOn)
                .param("m", meetingId)
                .param("a", agenda)
                .update();
    }

    /** Whether anything of the session is recorded: attendance, decisions or minutes. */
    public boolean recorded(long sessionId) {
        return jdbc.sql("""
                        select exists (select 1 from negotiation_table_attendance where session_id = :s)
                            or exists (select 1 from negotiation_table_decision where session_id = :s)
                            or exists (select 1 from negotiation_table_session where id = :s and minutes_state <> 'NONE')""").param("s", sessionId).query(Boolean.class).single();
    }

    /** Minutes as a draft (sanitized HTML). */
    public void writeMinutes(long sessionId, String minutesHtml) {
        jdbc.sql("update negotiation_table_session set minutes_html = :h, minutes_state = 'DRAFT' where id = :id")
                .param("id", sessionId)
                .param("h", minutesHtml)
                .update();
    }

    /** The session's minutes approved in session {@code approvingSessionId} (a later one: the database checks). */
    public void approveMinutes(long sessionId, long approvingSessionId) {
        jdbc.sql("""
                        update negotiation_table_session set minutes_state = 'APPROVED', minutes_approved_in = :by
                        where id = :id""").param("id", sessionId).param("by", approvingSessionId).update();
    }
}
