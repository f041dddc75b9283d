package org.percorsi.stakeholders.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.meetings.MeetingsApi.MeetingSlot;
import org.percorsi.shared.web.PageResult;
import org.percorsi.stakeholders.DecisionOutcome;
import org.percorsi.stakeholders.domain.AttendanceStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What pages show of a negotiation table's sessions. The public reads name organisations only: a representative's
 * name only when they consented ({@code name_public}), never an email, a phone or an organisation's contact; draft
 * minutes never. Callers check who may see the process (the public pages) or manage it (the back office).
 */
@Service
@Transactional(readOnly = true)
public class SessionQueries {

    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final MeetingsApi meetings;

    SessionQueries(JdbcClient jdbc, MeetingsApi meetings) {
        this.jdbc = jdbc;
        this.meetings = meetings;
    }

    /** A session in a list: how many organisations were present (in person or by a substitute), how many decisions. */
    public record Listed(int number, String title, LocalDate heldOn, int present, int decisions, String minutesState) {}

    public PageResult<Listed> list(long processId, Integer page) {
        int current = PageResult.clampPage(page);
        long total = jdbc.sql("select count(*) from negotiation_table_session where process_id = :p")
                .param("p", processId)
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        select s.number, s.title, s.held_on, s.minutes_state,
                               (select count(*) from negotiation_table_attendance a
                                where a.session_id = s.id and a.status <> 'ABSENT') as present,
                               (select count(*) from negotiation_table_decision d where d.session_id = s.id) as decisions
                        from negotiation_table_session s where s.process_id = :p
                        order by s.number desc limit :limit offset :offset""")
                .param("p", processId)
                .param("limit", PAGE_SIZE)
                .param("offset", PageResult.offset(current, PAGE_SIZE))
                .query((rs, n) -> new Listed(
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getInt("present"),
                        rs.getInt("decisions"),
                        rs.getString("minutes_state")))
                .list();
        return new PageResult<>(items, current, PAGE_SIZE, total);
    }

    /** A session with its minutes (the caller shows draft minutes only to the team) and who approved them. */
    public record Session(
            long id,
            long processId,
            int number,
            String title,
            LocalDate heldOn,
            Long meetingId,
            String agenda,
            String minutesHtml,
            String minutesState,
            Integer approvedInNumber,
            Integer previousNumber,
            Integer nextNumber) {

        public List<String> agendaLines() {
            return agenda == null
                    ? List.of()
                    : agenda.lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .toList();
        }

        public boolean minutesApproved() {
            return "APPROVED".equals(minutesState);
        }
    }

    public Optional<Session> session(long processId, int number) {
        return jdbc.sql("""
                        select s.*, approver.number as approved_in_number,
                               (select max(number) from negotiation_table_session o
                                where o.process_id = s.process_id and o.number < s.number) as previous_number,
                               (select min(number) from negotiation_table_session o
                                where o.process_id = s.process_id and o.number > s.number) as next_number
                        from negotiation_table_session s
                        left join negotiation_table_session approver on approver.id = s.minutes_approved_in
                        where s.process_id = :p and s.number = :n""")
                .param("p", processId)
                .param("n", number)
                .query(SessionQueries::session)
                .optional();
    }

    private static Session session(ResultSet rs, int row) throws SQLException {
        return new Session(
                rs.getLong("id"),
                rs.getLong("process_id"),
                rs.getInt("number"),
                rs.getString("title"),
                rs.getObject("held_on", LocalDate.class),
                rs.getObject("meeting_id", Long.class),
                rs.getString("agenda"),
                rs.getString("minutes_html"),
                rs.getString("minutes_state"),
                rs.getObject("approved_in_number", Integer.class),
                rs.getObject("previous_number", Integer.class),
                rs.getObject("next_number", Integer.class));
    }

    /** The meeting a session is held as, for its team (whatever the meeting's visibility). */
    public Optional<MeetingSlot> meetingForTeam(Session session) {
        return Optional.ofNullable(session.meetingId())
                .map(id -> meetings.slots(List.of(id)).get(id));
    }

    /** The meeting a session is held as, if the viewer may see that meeting. */
    public Optional<MeetingSlot> meetingForViewer(Session session) {
        return meetingForTeam(session)
                .filter(m -> !meetings.visibleAmong(List.of(m.id())).isEmpty());
    }

    /** The process's meetings a session may be held as (the team chooses one). */
    public List<MeetingSlot> meetingsOf(long processId) {
        return meetings.slotsOfProcess(processId);
    }

    /**
     * An organisation's attendance at a session. {@code representative}: who attended for it, on public pages only
     * when they consented to their name being public.
     */
    public record Attended(
            long organisationId, String organisation, String status, Long representativeId, String representative) {}

    /** The session's attendance by organisation name, as the public sees it. */
    public List<Attended> attendance(long sessionId) {
        return attendance(sessionId, false);
    }

    /** The session's attendance, with every representative's name, for its team. */
    public List<Attended> attendanceForTeam(long sessionId) {
        return attendance(sessionId, true);
    }

    private List<Attended> attendance(long sessionId, boolean team) {
        return jdbc.sql("""
                        select a.organisation_id, o.name, a.status, a.representative_id,
                               case when :team or r.name_public then r.full_name end as representative
                        from negotiation_table_attendance a
                        join stakeholder_organisation o on o.id = a.organisation_id
                        left join stakeholder_representative r on r.id = a.representative_id
                        where a.session_id = :s
                        order by case a.status when 'PRESENT' then 0 when 'SUBSTITUTE' then 1 else 2 end, o.name, o.id""")
                .param("s", sessionId)
                .param("team", team)
                .query((rs, n) -> new Attended(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5)))
                .list();
    }

    /** A representative who may be named as attending for an organisation on the session's day. */
    public record Representative(long id, String name, String role) {}

    /** A row of the attendance grid: a member organisation on the session's day, its representatives then. */
    public record GridRow(long organisationId, String organisation, List<Representative> representatives) {}

    /** The organisations that were members on the session's day, with their representatives in office then. */
    public List<GridRow> grid(long processId, LocalDate heldOn) {
        Map<Long, GridRow> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.id, o.name, r.id as representative_id, r.full_name, r.role
                        from negotiation_table_member m
                        join stakeholder_organisation o on o.id = m.organisation_id
                        left join stakeholder_representative r on r.organisation_id = o.id
                             and r.valid_from <= :on and (r.valid_to is null or r.valid_to >= :on)
                        where %s
                        order by o.name, o.id, r.role, r.full_name, r.id""".formatted(AttendanceStore.MEMBER_ON))
                .param("process", processId)
                .param("on", heldOn)
                .query(rs -> {
                    long id = rs.getLong("id");
                    GridRow row = rows.get(id);
                    if (row == null) {
                        row = new GridRow(id, rs.getString("name"), new ArrayList<>());
                        rows.put(id, row);
                    }
                    Long representative = rs.getObject("representative_id", Long.class);
                    if (representative != null) {
                        row.representatives()
                                .add(new Representative(
                                        representative, rs.getString("full_name"), rs.getString("role")));
                    }
                });
        return List.copyOf(rows.values());
    }

    /** A decision of a session. */
    public record Decision(
            long id,
            int number,
            String text,
            DecisionOutcome outcome,
            Integer votesFor,
            Integer votesAgainst,
            Integer abstentions) {}

    public List<Decision> decisions(long sessionId) {
        return jdbc.sql("""
                        select id, number, text, outcome, votes_for, votes_against, abstentions
                        from negotiation_table_decision where session_id = :s order by number""")
                .param("s", sessionId)
                .query((rs, n) -> new Decision(
                        rs.getLong("id"),
                        rs.getInt("number"),
                        rs.getString("text"),
                        DecisionOutcome.valueOf(rs.getString("outcome")),
                        rs.getObject("votes_for", Integer.class),
                        rs.getObject("votes_against", Integer.class),
                        rs.getObject("abstentions", Integer.class)))
                .list();
    }

    /** Earlier sessions whose minutes are a draft: those this session may approve. */
    public List<Integer> draftMinutesBefore(long processId, int number) {
        return jdbc.sql("""
                        select number from negotiation_table_session
                        where process_id = :p and number < :n and minutes_state = 'DRAFT' order by number""")
                .param("p", processId)
                .param("n", number)
                .query(Integer.class)
                .list();
    }
}
