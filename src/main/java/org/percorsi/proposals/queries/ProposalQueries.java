package org.percorsi.proposals.queries;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.proposals.Answer;
import org.percorsi.proposals.CommentStance;
import org.percorsi.proposals.ProposalChanged;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.shared.events.PublicContentChangedElsewhere;
import org.percorsi.shared.web.PageResult;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Read models of the proposal pages. Callers first check that the viewer may see
 * the process; lists are one query per page (authors' nicknames joined in).
 */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final AccountsApi accounts;

    /**
     * How many proposals a list's filter matches, kept for a few seconds and forgotten after any change to
     * proposals on this node, and on the others when they hear of a change ({@code PublicContentChangedElsewhere}).
     * Why: counting 10,000 needs for the pager took ten times the page's own query, on every signed-in visit (visitors who are not signed in
     * share whole pages already).
     */
    private final Cache<String, Long> totals = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(5))
            .maximumSize(10_000)
            .build();

    ProposalQueries(JdbcClient jdbc, AccountsApi accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void forgetTotals(ProposalChanged changed) {
        totals.invalidateAll();
    }

    /** A change committed on another node (announced through PostgreSQL) may have moved a list's total too. */
    @EventListener
    void forgetTotals(PublicContentChangedElsewhere changed) {
        totals.invalidateAll();
    }

    public enum Sort {
        NEWEST,
        MOST_SUPPORTED,
        MOST_COMMENTED,
        RANDOM
    }

    public record Card(
            long id,
            ProposalKind kind,
            String title,
            ProposalState state,
            int supports,
            String author,
            Instant createdAt,
            int comments) {}

    /**
     * One page of a process's proposals. RANDOM orders by a hash of the id and the
     * visitor's seed, so the order is stable for one visitor across pages.
     */
    /** Narrowing a list: all optional. Hidden phases (reserved for others) are always left out. */
    public record Filter(
            ProposalKind kind,
            ProposalState state,
            Long themeId,
            Long scopeId,
            Long phaseId,
            List<Long> hiddenPhaseIds) {}

    /**
     * The conditions every read of a process's proposals shares, lists and form helpers alike, so that
     * proposals of phases hidden from the viewer (reserved for others) never leave through one of them.
     */
    private static String where(long processId, Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("p.process_id = :process");
        params.put("process", processId);
        if (filter.themeId() != null) {
            where.append(" and p.theme_id = :theme");
            params.put("theme", filter.themeId());
        }
        if (filter.scopeId() != null) {
            where.append(" and p.scope_id = :scope");
            params.put("scope", filter.scopeId());
        }
        if (filter.phaseId() != null) {
            where.append(" and p.phase_id = :phase");
            params.put("phase", filter.phaseId());
        }
        if (!filter.hiddenPhaseIds().isEmpty()) {
            where.append(" and p.phase_id not in (:hidden)");
            params.put("hidden", filter.hiddenPhaseIds());
        }
        if (filter.kind() != null) {
            where.append(" and p.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.state() != null) {
            where.append(" and p.state = :state");
            params.put("state", filter.state().name());
        }
        return where.toString();
    }

    public PageResult<Card> list(long processId, Filter filter, Sort sort, int page, int seed) {
        Map<String, Object> params = new HashMap<>();
        String where = where(processId, filter, params);
        String count = "select count(*) from proposal p where " + where;
        long total = totals.get(
                count + new TreeMap<>(params),
                key -> jdbc.sql(count).params(params).query(Long.class).single());
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(page, PAGE_SIZE));
        String order = switch (sort) {
            case MOST_SUPPORTED -> "st.support_count desc, st.proposal_id desc";
            case MOST_COMMENTED -> "p.comment_count desc, p.id desc";
            case RANDOM -> "md5(p.id::text || :seed), p.id";
            case NEWEST -> "p.created_at desc, p.id desc";
        };
        params.put("seed", String.valueOf(seed));
        var cards = jdbc.sql(
                        "select p.id, p.kind, p.title, p.state, st.support_count, p.comment_count, p.created_at, a.nickname, "
                                + "a.deleted as author_deleted from proposal p" + SupportTally.join("p")
                                + "left join account_display_name a on a.id = p.author_id "
                                + "where " + where + " order by " + order + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Card(
                        rs.getLong("id"),
                        ProposalKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        ProposalState.valueOf(rs.getString("state")),
                        rs.getInt("support_count"),
                        rs.getBoolean("author_deleted") ? null : rs.getString("nickname"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getInt("comment_count")))
                .list();
        return new PageResult<>(cards, page, PAGE_SIZE, total);
    }

    public record Detail(
            long id,
            long processId,
            long phaseId,
            ProposalKind kind,
            String title,
            String bodyHtml,
            ProposalState state,
            int supports,
            String author,
            String onBehalfOf,
            Answer answer,
            Long mergedInto,
            Instant createdAt,
            boolean supportedByViewer,
            List<Answer> history,
            String paperSource,
            List<Attachment> attachments,
            String place,
            BigDecimal latitude,
            BigDecimal longitude,
            Long authorId,
            Long originMeetingId,
            String originNote,
            boolean followedByViewer,
            int comments,
            boolean hasNeedLinks) {}

    public record Attachment(String url, String filename, boolean image) {}

    public Optional<Detail> detail(long id) {
        Long viewer = accounts.currentAccountId().orElse(-1L);
        // every answer given, the current one last
        var history = jdbc.sql("select " + Answer.COLUMNS + " from proposal_answer a "
                        + "left join account_display_name by_account on by_account.id = a.answered_by where a.proposal_id = :id "
                        + "order by a.answered_at, a.id")
                .param("id", id)
                .query((rs, n) -> Answer.read(rs))
                .list();
        var attachments = jdbc.sql(
                        "select file_id, filename, kind from proposal_attachment where proposal_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new Attachment(
                        "/files/" + rs.getString("file_id"),
                        rs.getString("filename"),
                        "IMAGE".equals(rs.getString("kind"))))
                .list();
        return jdbc.sql("select p.*, st.support_count, author.nickname, author.deleted as author_deleted, "
                        + "exists (select 1 from proposal_support s where s.proposal_id = p.id and s.account_id = :viewer) as supported, "
                        + "exists (select 1 from proposal_follower f where f.proposal_id = p.id and f.account_id = :viewer) as followed, "
                        // most proposals have no link to a need: the page asks for them only when there are some
                        + "(exists (select 1 from proposal_need_link l where l.idea_id = p.id) "
                        + " or exists (select 1 from proposal_need_link l where l.need_id = p.id)) as need_linked "
                        + ", " + Answer.COLUMNS
                        + " from proposal p" + SupportTally.join("p")
                        + "left join account_display_name author on author.id = p.author_id "
                        + Answer.JOIN + "where p.id = :id")
                .param("id", id)
                .param("viewer", viewer)
                .query((rs, n) -> new Detail(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        rs.getLong("phase_id"),
                        ProposalKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("body_html"),
                        ProposalState.valueOf(rs.getString("state")),
                        rs.getInt("support_count"),
                        rs.getBoolean("author_deleted") ? null : rs.getString("nickname"),
                        rs.getString("on_behalf_of"),
                        Answer.read(rs),
                        (Long) rs.getObject("merged_into"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("supported"),
                        history,
                        rs.getString("paper_source"),
                        attachments,
                        rs.getString("place"),
                        rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude"),
                        (Long) rs.getObject("author_id"),
                        (Long) rs.getObject("origin_meeting_id"),
                        rs.getString("origin_note"),
                        rs.getBoolean("followed"),
                        rs.getInt("comment_count"),
                        rs.getBoolean("need_linked")))
                .optional();
    }

    public static final int COMMENTS_PER_PAGE = 20;

    public record Comment(
            long id,
            Long parentId,
            String author,
            CommentStance stance,
            String bodyHtml,
            Instant createdAt,
            boolean edited,
            String hiddenReason,
            int reports,
            List<Comment> replies,
            boolean editableByViewer,
            Long authorId) {

        public boolean hidden() {
            return hiddenReason != null;
        }
    }

    /**
     * One page of top-level comments (20, oldest first) with their replies, in two
     * queries whatever the number of comments. Hidden comments keep their place;
     * the template shows the reason instead of the text.
     */
    public PageResult<Comment> comments(long proposalId, int page) {
        long total = jdbc.sql("select count(*) from proposal_comment where proposal_id = :p and parent_id is null")
                .param("p", proposalId)
                .query(Long.class)
                .single();
        long viewer = accounts.currentAccountId().orElse(-1L);
        var top = jdbc.sql(COMMENT_SELECT + " where c.proposal_id = :p and c.parent_id is null "
                        + "order by c.created_at, c.id limit :limit offset :offset")
                .param("viewer", viewer)
                .param("p", proposalId)
                .param("limit", COMMENTS_PER_PAGE)
                .param("offset", PageResult.offset(page, COMMENTS_PER_PAGE))
                .query(ProposalQueries::comment)
                .list();
        if (top.isEmpty()) {
            return new PageResult<>(top, page, COMMENTS_PER_PAGE, total);
        }
        var replies = jdbc.sql(COMMENT_SELECT + " where c.parent_id in (:parents) order by c.created_at, c.id")
                .param("viewer", viewer)
                .param("parents", top.stream().map(Comment::id).toList())
                .query(ProposalQueries::comment)
                .list();
        var byParent = replies.stream().collect(Collectors.groupingBy(Comment::parentId));
        var threaded = top.stream()
                .map(c -> new Comment(
                        c.id(),
                        null,
                        c.author(),
                        c.stance(),
                        c.bodyHtml(),
                        c.createdAt(),
                        c.edited(),
                        c.hiddenReason(),
                        c.reports(),
                        byParent.getOrDefault(c.id(), List.of()),
                        c.editableByViewer(),
                        c.authorId()))
                .toList();
        return new PageResult<>(threaded, page, COMMENTS_PER_PAGE, total);
    }

    /** Who may still edit a comment: its author, while it is shown, for a quarter of an hour. */
    static final String EDITABLE =
            "(c.author_id = :viewer and c.hidden_at is null and c.created_at > now() - interval '15 minutes')";

    private static final String COMMENT_SELECT = "select c.*, a.nickname, a.deleted as author_deleted, "
            + EDITABLE + " as editable, "
            + "(select count(*) from proposal_comment_report r where r.comment_id = c.id) as reports "
            + "from proposal_comment c left join account_display_name a on a.id = c.author_id";

    private static Comment comment(ResultSet rs, int n) throws SQLException {
        return new Comment(
                rs.getLong("id"),
                (Long) rs.getObject("parent_id"),
                rs.getBoolean("author_deleted") ? null : rs.getString("nickname"),
                CommentStance.valueOf(rs.getString("stance")),
                rs.getString("body_html"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("edited_at") != null,
                rs.getString("hidden_reason"),
                rs.getInt("reports"),
                List.of(),
                rs.getBoolean("editable"),
                (Long) rs.getObject("author_id"));
    }

    public record QueueItem(
            long id, String title, ProposalState state, String processTitle, Instant createdAt, int supports) {}

    /** The evaluator's queue: open proposals of the given processes, oldest first. */
    public PageResult<QueueItem> queue(List<Long> processIds, int page) {
        if (processIds.isEmpty()) {
            return new PageResult<>(List.of(), page, PAGE_SIZE, 0);
        }
        String where = " where p.process_id in (:processes) and p.state in ('SUBMITTED', 'UNDER_EVALUATION')";
        long total = jdbc.sql("select count(*) from proposal p" + where)
                .param("processes", processIds)
                .query(Long.class)
                .single();
        var items = jdbc.sql("select p.id, p.title, p.state, pr.title as process_title, p.created_at, st.support_count"
                        + " from proposal p" + SupportTally.join("p")
                        + "join process_summary pr on pr.id = p.process_id"
                        + where + " order by p.created_at, p.id limit :limit offset :offset")
                .param("processes", processIds)
                .param("limit", PAGE_SIZE)
                .param("offset", PageResult.offset(page, PAGE_SIZE))
                .query((rs, n) -> new QueueItem(
                        rs.getLong("id"),
                        rs.getString("title"),
                        ProposalState.valueOf(rs.getString("state")),
                        rs.getString("process_title"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getInt("support_count")))
                .list();
        return new PageResult<>(items, page, PAGE_SIZE, total);
    }

    /**
     * Proposals of the process whose title looks like this one (trigram similarity), to avoid duplicates;
     * leaves out the phases hidden from the viewer as the lists do.
     */
    public List<Card> similar(long processId, List<Long> hiddenPhaseIds, String title, int limit) {
        if (title == null || title.strip().length() < 4) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(processId, new Filter(null, null, null, null, null, hiddenPhaseIds), params);
        params.put("title", title.strip());
        params.put("limit", limit);
        return jdbc.sql("select p.id, p.kind, p.title, p.state, st.support_count, p.created_at from proposal p"
                        + SupportTally.join("p")
                        + "where " + where + " and similarity(p.title, :title) > 0.25 "
                        + "order by similarity(p.title, :title) desc limit :limit")
                .params(params)
                .query((rs, n) -> new Card(
                        rs.getLong("id"),
                        ProposalKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        ProposalState.valueOf(rs.getString("state")),
                        rs.getInt("support_count"),
                        null,
                        rs.getTimestamp("created_at").toInstant(),
                        0))
                .list();
    }
}
