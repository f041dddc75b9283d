package org.percorsi.processes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public site and other modules may read of processes. Only processes
 * that are public and no longer drafts are ever returned here.
 */
@Service
@Transactional(readOnly = true)
public class ProcessesApi {

    /**
     * The condition every read here applies: published or later, and public or
     * seen by an administrator or by someone with a role in the process.
     */
    static final String PUBLICLY_VISIBLE = VisibleToViewer.process("p");

    /** The phases a viewer sees: reserved phases only for administrators and people with a role. */
    static final String PHASE_VISIBLE = VisibleToViewer.phase("ph");

    private static final String CARD_COLUMNS = """
            p.id, p.slug, p.title, p.short_description, p.status, p.visibility, p.cover_image_id, p.cover_image_alt,
            (select min(ph.start_date) from phase ph where ph.process_id = p.id) as first_date,
            (select max(ph.end_date) from phase ph where ph.process_id = p.id) as last_date,
            cp.title as current_title, cp.type as current_type,
            array(select pt.theme_id from process_theme pt where pt.process_id = p.id order by pt.theme_id) as theme_ids,
            array(select ps.scope_id from process_scope ps where ps.process_id = p.id order by ps.scope_id) as scope_ids
            """;

    private static final String CURRENT_PHASE_JOIN = """
            left join lateral (select ph.title, ph.type from phase ph
                               where ph.process_id = p.id and :today between ph.start_date and ph.end_date
                                 and %s
                               order by ph.position limit 1) cp on true
            """.formatted(PHASE_VISIBLE);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProcessPermissions permissions;

    ProcessesApi(JdbcClient jdbc, Clock clock, ProcessPermissions permissions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.permissions = permissions;
    }

    /**
     * Who is looking, which decides the reserved processes and phases that appear: the parameters of
     * {@link VisibleToViewer}'s conditions, in a new map to add a query's own to. Reads no table, so opens no
     * transaction: a support (issue #18) asks for these and for {@link #today()} outside any, and each began a
     * read-only transaction of its own, a connection taken from the pool and given back for nothing.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<String, Object> viewerParameters() {
        Map<String, Object> params = new HashMap<>();
        params.put("admin", permissions.isAdmin());
        params.put("viewer", permissions.viewer().orElse(-1L));
        return params;
    }

    /** Today by the platform's clock; no transaction, as {@link #viewerParameters()}. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One page of public processes matching the filter, live ones first, newest first. */
    public PageResult<ProcessCard> publicList(ProcessFilter filter) {
        int size = Math.min(Math.max(filter.size(), 1), PageResult.MAX_SIZE);
        int page = Math.max(filter.page(), 1);
        StringBuilder where = new StringBuilder(PUBLICLY_VISIBLE);
        Map<String, Object> params = viewerParameters();
        params.put("today", today());
        if (filter.status() == null) {
            where.append(" and p.status in ('PUBLISHED', 'CONCLUDED')");
        } else {
            where.append(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.themeId() != null) {
            where.append(
                    " and exists (select 1 from process_theme pt where pt.process_id = p.id and pt.theme_id = :theme)");
            params.put("theme", filter.themeId());
        }
        if (filter.scopeIds() != null && !filter.scopeIds().isEmpty()) {
            where.append(
                    " and exists (select 1 from process_scope ps where ps.process_id = p.id and ps.scope_id in (:scopes))");
            params.put("scopes", filter.scopeIds());
        }
        long total = jdbc.sql("select count(*) from process p where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", PageResult.offset(page, size));
        List<ProcessCard> cards = jdbc.sql("select " + CARD_COLUMNS + " from process p " + CURRENT_PHASE_JOIN
                        + " where " + where
                        + " order by case p.status when 'PUBLISHED' then 0 when 'CONCLUDED' then 1 else 2 end,"
                        + " first_date desc nulls last, p.id desc limit :limit offset :offset")
                .params(params)
                .query(ProcessesApi::card)
                .list();
        return new PageResult<>(cards, page, size, total);
    }

    /** Published public processes with a phase under way today. */
    public List<ProcessCard> active(int limit) {
        return jdbc.sql("select " + CARD_COLUMNS + " from process p " + CURRENT_PHASE_JOIN
                        + " where " + PUBLICLY_VISIBLE + " and p.status = 'PUBLISHED'"
                        + " and exists (select 1 from phase ph where ph.process_id = p.id"
                        + "             and ph.start_date <= :today and ph.end_date >= :today)"
                        + " order by first_date, p.id limit :limit")
                .params(viewerParameters())
                .param("today", today())
                .param("limit", limit)
                .query(ProcessesApi::card)
                .list();
    }

    /** Published public processes whose first phase is still to come. */
    public List<ProcessCard> upcoming(int limit) {
        return jdbc.sql("select * from (select " + CARD_COLUMNS + " from process p " + CURRENT_PHASE_JOIN
                        + " where " + PUBLICLY_VISIBLE + " and p.status = 'PUBLISHED') c"
                        + " where c.first_date > :today order by c.first_date, c.id limit :limit")
                .params(viewerParameters())
                .param("today", today())
                .param("limit", limit)
                .query(ProcessesApi::card)
                .list();
    }

    /** The next phase starts and ends in public processes, soonest first. */
    public List<UpcomingDate> nextDates(int limit) {
        return jdbc.sql("""
                        select * from (
                          select ph.start_date as day, true as is_start, p.slug, p.title, ph.title as phase_title, ph.type
                          from phase ph join process p on p.id = ph.process_id
                          where %1$s and %2$s and p.status = 'PUBLISHED' and ph.start_date >= :today
                          union all
                          select ph.end_date, false, p.slug, p.title, ph.title, ph.type
                          from phase ph join process p on p.id = ph.process_id
                          where %1$s and %2$s and p.status = 'PUBLISHED' and ph.end_date >= :today
                        ) d order by day, is_start, title limit :limit""".formatted(PUBLICLY_VISIBLE, PHASE_VISIBLE))
                .params(viewerParameters())
                .param("today", today())
                .param("limit", limit)
                .query((rs, n) -> new UpcomingDate(
                        rs.getObject("day", LocalDate.class),
                        rs.getBoolean("is_start"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("phase_title"),
                        PhaseType.valueOf(rs.getString("type"))))
                .list();
    }

    /** A process as feeds announce it: when it was published, and what it is about. */
    public record Announced(long id, String slug, String title, String summary, Instant publishedAt) {}

    /**
     * The processes the viewer may see, latest published first: one process, or all of them when null.
     * For the platform's feeds, which read as a visitor who is not signed in.
     */
    public List<Announced> recentlyPublished(Long processId, int limit) {
        return jdbc.sql("select p.id, p.slug, p.title, p.short_description,"
                        + " coalesce(p.published_at, p.created_at) as published from process p where "
                        + PUBLICLY_VISIBLE + " and (:all or p.id = :process)"
                        + " order by published desc, p.id desc limit :limit")
                .params(viewerParameters())
                .param("all", processId == null)
                .param("process", processId == null ? -1L : processId)
                .param("limit", limit)
                .query((rs, n) -> new Announced(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("short_description"),
                        rs.getTimestamp("published").toInstant()))
                .list();
    }

    /** The public page of a process, if it exists and may be seen publicly. */
    public Optional<ProcessPage> publicPage(String slug) {
        return jdbc.sql("select p.* ,"
                        + " array(select pt.theme_id from process_theme pt where pt.process_id = p.id order by pt.theme_id) as theme_ids,"
                        + " array(select ps.scope_id from process_scope ps where ps.process_id = p.id order by ps.scope_id) as scope_ids"
                        + " from process p where p.slug = :slug and " + PUBLICLY_VISIBLE)
                .params(viewerParameters())
                .param("slug", slug)
                .query((rs, n) -> new ProcessPage(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("short_description"),
                        rs.getString("description_html"),
                        rs.getString("how_to_take_part_html"),
                        rs.getString("commissioned_by"),
                        rs.getString("partners"),
                        rs.getString("responsible_office"),
                        rs.getString("funding_note"),
                        ProcessStatus.valueOf(rs.getString("status")),
                        Visibility.valueOf(rs.getString("visibility")),
                        rs.getObject("cover_image_id", UUID.class),
                        rs.getString("cover_image_alt"),
                        List.of(),
                        ids(rs.getArray("theme_ids")),
                        ids(rs.getArray("scope_ids"))))
                .optional()
                .map(p -> new ProcessPage(
                        p.id(),
                        p.slug(),
                        p.title(),
                        p.shortDescription(),
                        p.descriptionHtml(),
                        p.howToTakePartHtml(),
                        p.commissionedBy(),
                        p.partners(),
                        p.responsibleOffice(),
                        p.fundingNote(),
                        p.status(),
                        p.visibility(),
                        p.coverImageId(),
                        p.coverImageAlt(),
                        visiblePhases(p.id()),
                        p.themeIds(),
                        p.scopeIds()));
    }

    /** The easy-read summary of a process (issue #19), if it has one: read by its page next to {@link #publicPage}. */
    public Optional<String> easyRead(long processId) {
        return jdbc.sql("select easy_read from process where id = :id and easy_read is not null")
                .param("id", processId)
                .query(String.class)
                .optional();
    }

    /** A process the viewer may see, by id: its slug, title and visible phases. */
    public Optional<ProcessPage> visibleById(long processId) {
        return jdbc.sql("select slug from process where id = :id")
                .param("id", processId)
                .query(String.class)
                .optional()
                .flatMap(this::publicPage);
    }

    /** What search indexes of a process, whatever its visibility (checked when searching). */
    public record Indexable(long id, String slug, String title, String text, boolean draft) {}

    /** A process's title whatever its status: for the back office of its team, which checks permissions itself. */
    public Optional<String> titleForTeam(long processId) {
        return jdbc.sql("select title from process where id = :id")
                .param("id", processId)
                .query(String.class)
                .optional();
    }

    /**
     * The territory (scopes) a process is about, whatever its status: for the back office of its team, which
     * prepares a draft's neighbourhoods before it is published and checks permissions itself.
     */
    public List<Long> scopeIdsForTeam(long processId) {
        return jdbc.sql("select scope_id from process_scope where process_id = :id order by scope_id")
                .param("id", processId)
                .query(Long.class)
                .list();
    }

    public Optional<Indexable> indexable(long processId) {
        return jdbc.sql(
                        "select id, slug, title, short_description, description_html, status from process where id = :id")
                .param("id", processId)
                .query((rs, n) -> new Indexable(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        rs.getString("short_description") + " " + RichText.plainText(rs.getString("description_html")),
                        "DRAFT".equals(rs.getString("status"))))
                .optional();
    }

    /** The processes the viewer may see (published or later; public, or theirs by role, or all for administrators). */
    public List<Long> visibleProcessIds() {
        return jdbc.sql("select p.id from process p where " + PUBLICLY_VISIBLE)
                .params(viewerParameters())
                .query(Long.class)
                .list();
    }

    /** Reserved phases the viewer may not see, whose content must stay hidden. */
    public List<Long> hiddenPhaseIds() {
        return jdbc.sql("select ph.id from phase ph where not " + PHASE_VISIBLE)
                .params(viewerParameters())
                .query(Long.class)
                .list();
    }

    /**
     * The processes whose reserved area the viewer opens (a role in the process; every process for
     * administrators): what is reserved to an area, like a reserved version of a document, is theirs to see.
     */
    public List<Long> reservedAreaProcessIds() {
        return jdbc.sql(
                        "select p.id from process p where :admin"
                                + " or exists (select 1 from process_role r where r.process_id = p.id and r.account_id = :viewer)")
                .params(viewerParameters())
                .query(Long.class)
                .list();
    }

    /**
     * One phase, if the viewer may see both it and its process: what a write on something of that
     * phase (a support, a comment) checks, in one small query instead of the whole process page.
     */
    public Optional<PhaseView> visiblePhase(long processId, long phaseId) {
        var params = viewerParameters();
        params.put("phase", phaseId);
        return phases(
                        processId,
                        "ph.id = :phase and " + PHASE_VISIBLE
                                + " and exists (select 1 from process p where p.id = ph.process_id and "
                                + PUBLICLY_VISIBLE + ")",
                        params)
                .stream()
                .findFirst();
    }

    /**
     * Which of these people may see this phase of this process, whoever is signed in now: what is delivered
     * to someone later (a notification) checks it, so that a follower of a process that became reserved, or
     * of a phase reserved since, no longer hears of it. The same rule as {@link #visiblePhase}, for many people.
     */
    public Set<Long> whoMaySee(long processId, long phaseId, Collection<Long> accountIds, Set<Long> administrators) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select v.id from unnest(cast(:ids as bigint[])) as v(id)
                        join process p on p.id = :process join phase ph on ph.id = :phase and ph.process_id = p.id
                        where p.status <> 'DRAFT'
                          and (v.id = any(cast(:admins as bigint[]))
                               or exists (select 1 from process_role r where r.process_id = p.id and r.account_id = v.id)
                               or (p.visibility = 'PUBLIC' and not ph.reserved))""")
                .param("ids", accountIds.toArray(Long[]::new))
                .param("admins", administrators.toArray(Long[]::new))
                .param("process", processId)
                .param("phase", phaseId)
                .query(Long.class)
                .list());
    }

    /** Every phase of a process in order (for its managers), with their timing relative to today. */
    public List<PhaseView> phases(long processId) {
        return phases(processId, "true", Map.of());
    }

    /** The phases of a process that the viewer may see. */
    public List<PhaseView> visiblePhases(long processId) {
        return phases(processId, PHASE_VISIBLE, viewerParameters());
    }

    private List<PhaseView> phases(long processId, String condition, Map<String, Object> params) {
        LocalDate today = today();
        return jdbc.sql("select * from phase ph where ph.process_id = :id and " + condition + " order by ph.position")
                .params(params)
                .param("id", processId)
                .query((rs, n) -> {
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    LocalDate end = rs.getObject("end_date", LocalDate.class);
                    return new PhaseView(
                            rs.getLong("id"),
                            rs.getInt("position"),
                            PhaseType.valueOf(rs.getString("type")),
                            rs.getString("title"),
                            rs.getString("description_html"),
                            start,
                            end,
                            lines(rs.getString("expected_outputs")),
                            lines(rs.getString("tools")),
                            PhaseView.timing(start, end, today),
                            rs.getBoolean("reserved"));
                })
                .list();
    }

    private static ProcessCard card(ResultSet rs, int row) throws SQLException {
        String currentType = rs.getString("current_type");
        return new ProcessCard(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("short_description"),
                ProcessStatus.valueOf(rs.getString("status")),
                Visibility.valueOf(rs.getString("visibility")),
                rs.getObject("cover_image_id", UUID.class),
                rs.getString("cover_image_alt"),
                rs.getObject("first_date", LocalDate.class),
                rs.getObject("last_date", LocalDate.class),
                rs.getString("current_title"),
                currentType == null ? null : PhaseType.valueOf(currentType),
                ids(rs.getArray("theme_ids")),
                ids(rs.getArray("scope_ids")));
    }

    static List<Long> ids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Long[]) array.getArray()).toList();
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }
}
