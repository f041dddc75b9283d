package org.percorsi.meetings.queries;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.files.FilesApi;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.meetings.RegistrationStatus;
import org.percorsi.meetings.UpcomingRegistration;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What pages show of meetings. The public reads apply one visibility: the
 * process and the phase must be visible to the viewer, and a reserved meeting
 * only to people with a role in its process (and administrators). The back
 * office's reads show drafts and reserved areas too, to the process's organisers:
 * {@link #teamProcess} and {@link #teamMeeting} check that, once per page.
 */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {

    public static final int PAGE_SIZE = 20;

    static final String VISIBLE = """
            m.process_id = any(:processes) and (m.phase_id is null or not (m.phase_id = any(:hiddenPhases)))
            and (not m.reserved or :admin or exists (select 1 from process_member r
                 where r.process_id = m.process_id and r.account_id = :viewer))""";

    private final JdbcClient jdbc;
    private final ProcessesApi processes;
    private final AccountsApi accounts;
    private final MeetingPermissions permissions;
    private final Clock clock;

    MeetingQueries(
            JdbcClient jdbc,
            ProcessesApi processes,
            AccountsApi accounts,
            MeetingPermissions permissions,
            Clock clock) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.accounts = accounts;
        this.permissions = permissions;
        this.clock = clock;
    }

    public enum When {
        UPCOMING,
        PAST,
        ALL
    }

    public record Filter(
            Long processId,
            MeetingFormat format,
            Long scopeId,
            Long themeId,
            LocalDate from,
            LocalDate to,
            When when) {}

    public record Card(
            long id,
            String title,
            MeetingFormat format,
            Instant startsAt,
            Instant endsAt,
            String address,
            boolean online,
            MeetingStatus status,
            boolean reserved,
            String processTitle,
            String processSlug,
            BigDecimal latitude,
            BigDecimal longitude,
            String scopeName,
            String themeName) {}

    public PageResult<Card> list(Filter filter, int page) {
        var where = new StringBuilder(VISIBLE);
        var params = visibility();
        if (filter.processId() != null) {
            where.append(" and m.process_id = :process");
            params.put("process", filter.processId());
        }
        if (filter.format() != null) {
            where.append(" and m.format = :format");
            params.put("format", filter.format().name());
        }
        if (filter.scopeId() != null) {
            where.append(" and m.scope_id = :scope");
            params.put("scope", filter.scopeId());
        }
        if (filter.themeId() != null) {
            where.append(" and m.theme_id = :theme");
            params.put("theme", filter.themeId());
        }
        if (filter.from() != null) {
            where.append(" and m.ends_at >= :from");
            params.put(
                    "from",
                    Timestamp.from(
                            filter.from().atStartOfDay(ScheduleMeeting.ROME).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and m.starts_at < :to");
            params.put(
                    "to",
                    Timestamp.from(filter.to()
                            .plusDays(1)
                            .atStartOfDay(ScheduleMeeting.ROME)
                            .toInstant()));
        }
        When when = filter.when() == null ? When.UPCOMING : filter.when();
        String order = "m.starts_at, m.id";
        if (when == When.UPCOMING) {
            where.append(" and m.ends_at >= :now");
            params.put("now", Timestamp.from(clock.instant()));
        } else if (when == When.PAST) {
            where.append(" and m.ends_at < :now");
            params.put("now", Timestamp.from(clock.instant()));
            order = "m.starts_at desc, m.id desc";
        }
        long total = jdbc.sql("select count(*) from meeting m where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(page, PAGE_SIZE));
        var items = jdbc.sql(CARDS + " where " + where + " order by " + order + " limit :limit offset :offset")
                .params(params)
                .query(MeetingQueries::card)
                .list();
        return new PageResult<>(items, page, PAGE_SIZE, total);
    }

    private static final String CARDS = """
            select m.*, p.title as process_title, p.slug as process_slug, s.name as scope_name, t.name as theme_name
            from meeting m join process_summary p on p.id = m.process_id
            left join scope_label s on s.id = m.scope_id left join theme_label t on t.id = m.theme_id""";

    /**
     * The meetings of a process the viewer may see held in these places, or (no places) held for the whole
     * territory (no place, or the municipality), in the order they are held, cancelled ones left out.
     */
    public List<Card> ofProcessIn(long processId, Collection<Long> scopeIds) {
        var params = visibility();
        params.put("process", processId);
        params.put("scopes", scopeIds.toArray(Long[]::new));
        String where = scopeIds.isEmpty()
                ? " and (m.scope_id is null or s.kind = 'MUNICIPALITY')"
                : " and m.scope_id = any(:scopes)";
        return jdbc.sql(CARDS + " where " + VISIBLE + " and m.process_id = :process and m.status <> 'CANCELLED'" + where
                        + " order by m.starts_at, m.id limit 200")
                .params(params)
                .query(MeetingQueries::card)
                .list();
    }

    /** The next meetings the viewer may see, soonest first, not cancelled: of one process, or of all when null. */
    public List<Card> upcoming(Long processId, int limit) {
        var params = visibility();
        params.put("now", Timestamp.from(clock.instant()));
        params.put("limit", limit);
        params.put("process", processId == null ? -1L : processId);
        params.put("all", processId == null);
        return jdbc.sql(CARDS + " where " + VISIBLE + " and m.ends_at >= :now and m.status <> 'CANCELLED'"
                        + " and (:all or m.process_id = :process) order by m.starts_at, m.id limit :limit")
                .params(params)
                .query(MeetingQueries::card)
                .list();
    }

    /** The meetings the viewer may see, latest scheduled first: of one process, or of all when null (feeds). */
    public List<MeetingsApi.Announced> recentlyScheduled(Long processId, int limit) {
        var params = visibility();
        params.put("limit", limit);
        params.put("process", processId == null ? -1L : processId);
        params.put("all", processId == null);
        return jdbc.sql(CARDS + " where " + VISIBLE
                        + " and (:all or m.process_id = :process) order by m.created_at desc, m.id desc limit :limit")
                .params(params)
                .query((rs, n) -> new MeetingsApi.Announced(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getString("address"),
                        rs.getString("online_url") != null,
                        MeetingStatus.valueOf(rs.getString("status")),
                        rs.getString("process_slug"),
                        rs.getString("process_title"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    // --- the back office of a process's meetings: its managers and facilitators, drafts and reserved areas included

    /** A process as the back office of its meetings names it (drafts included: meetings are prepared before publishing). */
    public record TeamProcess(long id, String title) {}

    /** The process whose meetings its team organises: the one check of the back-office pages that show no meeting. */
    public TeamProcess teamProcess(long processId) {
        permissions.requireOrganiser(processId);
        return processes
                .titleForTeam(processId)
                .map(title -> new TeamProcess(processId, title))
                .orElseThrow(() -> new NotFoundException("process " + processId));
    }

    /** A meeting of this process for its team: the one check of the back-office pages of a meeting. */
    public Detail teamMeeting(long processId, long meetingId) {
        permissions.requireOrganiser(processId);
        return detail(meetingId, false)
                .filter(m -> m.processId() == processId)
                .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
    }

    /**
     * The meeting, if it belongs to the process a back-office address names, else not found. Not a permission:
     * the use case the address leads to checks who may act on the meeting.
     */
    public long ofProcess(long processId, long meetingId) {
        boolean found = jdbc.sql("select count(*) from meeting where id = :id and process_id = :p")
                        .param("id", meetingId)
                        .param("p", processId)
                        .query(Integer.class)
                        .single()
                == 1;
        if (!found) {
            throw new NotFoundException("meeting " + meetingId);
        }
        return meetingId;
    }

    /** All meetings of the team's process, newest first, whatever their status. */
    public PageResult<Card> listForTeam(TeamProcess process, int page) {
        long processId = process.id();
        long total = jdbc.sql("select count(*) from meeting where process_id = :p")
                .param("p", processId)
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                select m.*, p.title as process_title, p.slug as process_slug, s.name as scope_name, t.name as theme_name
                from meeting m join process_summary p on p.id = m.process_id
                left join scope_label s on s.id = m.scope_id left join theme_label t on t.id = m.theme_id
                where m.process_id = :p order by m.starts_at desc, m.id desc limit :limit offset :offset""")
                .param("p", processId)
                .param("limit", PAGE_SIZE)
                .param("offset", PageResult.offset(page, PAGE_SIZE))
                .query(MeetingQueries::card)
                .list();
        return new PageResult<>(items, page, PAGE_SIZE, total);
    }

    private static Card card(ResultSet rs, int n) throws SQLException {
        return new Card(
                rs.getLong("id"),
                rs.getString("title"),
                MeetingFormat.valueOf(rs.getString("format")),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("address"),
                rs.getString("online_url") != null,
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getBoolean("reserved"),
                rs.getString("process_title"),
                rs.getString("process_slug"),
                rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"),
                rs.getString("scope_name"),
                rs.getString("theme_name"));
    }

    public record Detail(
            long id,
            long processId,
            Long phaseId,
            String title,
            MeetingFormat format,
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
            List<String> questions,
            MeetingStatus status,
            int sequence,
            String minutesHtml,
            String synthesisHtml,
            Instant closedAt,
            Instant updatedAt,
            String processTitle,
            String processSlug,
            String phaseTitle,
            String scopeName,
            String themeName,
            Long themeId,
            Long scopeId,
            int confirmed,
            int waiting,
            Viewer viewer) {

        public Instant closesAt() {
            return registrationClosesAt != null ? registrationClosesAt : startsAt;
        }

        public Integer seatsLeft() {
            return capacity == null ? null : Math.max(0, capacity - confirmed);
        }
    }

    /** The viewer's own registration, if any. */
    public record Viewer(RegistrationStatus status, Integer waitingPosition) {}

    /** The easy-read summary of a meeting (issue #19), if it has one; the page reads the meeting through {@link #detail}. */
    public Optional<String> easyRead(long id) {
        return jdbc.sql("select easy_read from meeting where id = :id and easy_read is not null")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    public Optional<Detail> detail(long id) {
        return detail(id, true);
    }

    /** The meeting whatever the visibility of its process (a draft, a reserved area): for its team, checked by the caller. */
    public Optional<Detail> detailForTeam(long id) {
        return detail(id, false);
    }

    private Optional<Detail> detail(long id, boolean asViewer) {
        var params = visibility();
        params.put("id", id);
        Long viewer = (Long) params.get("viewer");
        var own = jdbc.sql("""
                select r.status, (select count(*) from meeting_registration w where w.meeting_id = r.meeting_id
                    and w.status = 'WAITING' and (w.queued_at, w.id) <= (r.queued_at, r.id)) as position
                from meeting_registration r where r.meeting_id = :id and r.account_id = :viewer and r.status <> 'CANCELLED'""")
                .param("id", id)
                .param("viewer", viewer)
                .query((rs, n) -> new Viewer(
                        RegistrationStatus.valueOf(rs.getString("status")),
                        "WAITING".equals(rs.getString("status")) ? rs.getInt("position") : null))
                .optional()
                .orElse(null);
        return jdbc.sql("""
                select m.*, p.title as process_title, p.slug as process_slug, ph.title as phase_title,
                       s.name as scope_name, t.name as theme_name,
                       (select count(*) from meeting_registration r where r.meeting_id = m.id and r.status = 'CONFIRMED') as confirmed,
                       (select count(*) from meeting_registration r where r.meeting_id = m.id and r.status = 'WAITING') as waiting
                from meeting m join process_summary p on p.id = m.process_id left join phase_summary ph on ph.id = m.phase_id
                left join scope_label s on s.id = m.scope_id left join theme_label t on t.id = m.theme_id
                where m.id = :id""" + (asViewer ? " and " + VISIBLE : ""))
                .params(params)
                .query((rs, n) -> new Detail(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        (Long) rs.getObject("phase_id"),
                        rs.getString("title"),
                        MeetingFormat.valueOf(rs.getString("format")),
                        rs.getString("description_html"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        rs.getString("address"),
                        rs.getString("room"),
                        rs.getString("accessibility_notes"),
                        rs.getString("online_url"),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude"),
                        rs.getString("audience"),
                        rs.getString("agenda_html"),
                        rs.getString("facilitators"),
                        rs.getBoolean("reserved"),
                        rs.getBoolean("registration_enabled"),
                        (Integer) rs.getObject("capacity"),
                        rs.getBoolean("waiting_list"),
                        instant(rs, "registration_closes_at"),
                        rs.getString("questions") == null
                                ? List.of()
                                : rs.getString("questions")
                                        .lines()
                                        .filter(l -> !l.isBlank())
                                        .toList(),
                        MeetingStatus.valueOf(rs.getString("status")),
                        rs.getInt("sequence"),
                        rs.getString("minutes_html"),
                        rs.getString("synthesis_html"),
                        instant(rs, "closed_at"),
                        instant(rs, "updated_at"),
                        rs.getString("process_title"),
                        rs.getString("process_slug"),
                        rs.getString("phase_title"),
                        rs.getString("scope_name"),
                        rs.getString("theme_name"),
                        (Long) rs.getObject("theme_id"),
                        (Long) rs.getObject("scope_id"),
                        rs.getInt("confirmed"),
                        rs.getInt("waiting"),
                        own))
                .optional();
    }

    /** Whether the viewer may see this meeting (used by files and proposals' origins). */
    public boolean visible(long id) {
        var params = visibility();
        params.put("id", id);
        return jdbc.sql("select count(*) from meeting m where m.id = :id and " + VISIBLE)
                        .params(params)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    /** Which of these meetings the viewer may see, in one query. */
    public Set<Long> visibleAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        var params = visibility();
        params.put("ids", ids.toArray(Long[]::new));
        return new HashSet<>(jdbc.sql("select m.id from meeting m where m.id = any(:ids) and " + VISIBLE)
                .params(params)
                .query(Long.class)
                .list());
    }

    /**
     * Which of these meetings the viewer may see with their record published (closed): what a meeting produced
     * (harvest, synthesis) is public only from then on.
     */
    public Set<Long> publishedAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        var params = visibility();
        params.put("ids", ids.toArray(Long[]::new));
        return new HashSet<>(
                jdbc.sql("select m.id from meeting m where m.id = any(:ids) and m.status = 'CLOSED' and " + VISIBLE)
                        .params(params)
                        .query(Long.class)
                        .list());
    }

    // --- after the meeting

    public record Count(String dimension, String bucket, int people) {}

    public List<Count> attendance(long meetingId) {
        return jdbc.sql("select dimension, bucket, people from meeting_attendance where meeting_id = :m")
                .param("m", meetingId)
                .query((rs, n) -> new Count(rs.getString("dimension"), rs.getString("bucket"), rs.getInt("people")))
                .list();
    }

    public record MeetingFile(UUID fileId, String url, String filename, boolean image, String caption) {}

    public List<MeetingFile> files(long meetingId) {
        return jdbc.sql(
                        "select file_id, filename, image, caption from meeting_file where meeting_id = :m order by position")
                .param("m", meetingId)
                .query((rs, n) -> new MeetingFile(
                        rs.getObject("file_id", UUID.class),
                        FilesApi.url(rs.getObject("file_id", UUID.class)),
                        rs.getString("filename"),
                        rs.getBoolean("image"),
                        rs.getString("caption")))
                .list();
    }

    /** The meeting a file belongs to: its id, its process, and whether its record is published (closed). */
    public record FileOwner(long meetingId, long processId, boolean published) {}

    public Optional<FileOwner> ownerOfFile(UUID fileId) {
        return jdbc.sql("select m.id, m.process_id, m.status = 'CLOSED' as published from meeting_file f "
                        + "join meeting m on m.id = f.meeting_id where f.file_id = :f limit 1")
                .param("f", fileId)
                .query((rs, n) -> new FileOwner(rs.getLong("id"), rs.getLong("process_id"), rs.getBoolean("published")))
                .optional();
    }

    // --- registrations, for the team

    public record Registrant(
            long id,
            String nickname,
            String email,
            RegistrationStatus status,
            String answers,
            Instant queuedAt,
            Instant checkedInAt) {}

    public List<Registrant> registrants(long meetingId) {
        var rows = jdbc.sql("""
                select id, account_id, status, answers, queued_at, checked_in_at from meeting_registration
                where meeting_id = :m and status <> 'CANCELLED' order by status, queued_at, id""")
                .param("m", meetingId)
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"),
                    rs.getLong("account_id"),
                    rs.getString("status"),
                    rs.getString("answers"),
                    rs.getTimestamp("queued_at").toInstant(),
                    instant(rs, "checked_in_at")
                })
                .list();
        var people = accounts.byIds(rows.stream().map(r -> (Long) r[1]).toList());
        List<Registrant> result = new ArrayList<>();
        for (var r : rows) {
            var account = people.get((Long) r[1]);
            result.add(new Registrant(
                    (Long) r[0],
                    account == null ? "—" : account.nickname(),
                    account == null ? null : account.email(),
                    RegistrationStatus.valueOf((String) r[2]),
                    (String) r[3],
                    (Instant) r[4],
                    (Instant) r[5]));
        }
        return result;
    }

    /** The meetings a person registered for (or waits for), soonest first; for their page and private calendar. */
    public List<Card> registeredBy(long accountId) {
        var params = visibility();
        params.put("account", accountId);
        return jdbc.sql("""
                select m.*, p.title as process_title, p.slug as process_slug, s.name as scope_name, t.name as theme_name
                from meeting m join process_summary p on p.id = m.process_id
                join meeting_registration r on r.meeting_id = m.id and r.account_id = :account and r.status <> 'CANCELLED'
                left join scope_label s on s.id = m.scope_id left join theme_label t on t.id = m.theme_id
                where m.process_id = any(:processes) order by m.starts_at, m.id limit 500""").params(params).query(MeetingQueries::card).list();
    }

    /** The meetings still to come a person registered for or waits for, soonest first. */
    public List<UpcomingRegistration> upcomingRegistrationsOf(long accountId) {
        var params = visibility();
        params.put("account", accountId);
        params.put("now", Timestamp.from(clock.instant()));
        return jdbc.sql("""
                select m.id, m.title, m.starts_at, m.ends_at, r.status from meeting m
                join meeting_registration r on r.meeting_id = m.id and r.account_id = :account and r.status <> 'CANCELLED'
                where m.process_id = any(:processes) and m.ends_at >= :now and m.status <> 'CANCELLED'
                order by m.starts_at, m.id limit 100""")
                .params(params)
                .query((rs, n) -> new UpcomingRegistration(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        RegistrationStatus.valueOf(rs.getString(5))))
                .list();
    }

    /** Proposals born from a meeting, for its page. */
    public record Born(long proposalId, String title, String kind) {}

    public List<Born> proposalsFrom(long meetingId) {
        return jdbc.sql(
                        "select id, title, kind from proposal_summary where origin_meeting_id = :m and phase_id <> all(:hidden) order by id")
                .param("m", meetingId)
                .param("hidden", processes.hiddenPhaseIds().toArray(Long[]::new))
                .query((rs, n) -> new Born(rs.getLong("id"), rs.getString("title"), rs.getString("kind")))
                .list();
    }

    Map<String, Object> visibility() {
        Map<String, Object> params = new HashMap<>();
        params.put("processes", processes.visibleProcessIds().toArray(Long[]::new));
        params.put("hiddenPhases", processes.hiddenPhaseIds().toArray(Long[]::new));
        params.put("admin", Caller.isAdmin());
        params.put("viewer", accounts.currentAccountId().orElse(-1L));
        return params;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
