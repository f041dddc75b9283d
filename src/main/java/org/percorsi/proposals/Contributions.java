package org.percorsi.proposals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.queries.SupportTally;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one person brought to proposals, for their own page: what they proposed, what they support and what
 * they commented, newest first, a page at a time. Only what they may still see: a process or phase reserved
 * since is left out, as everywhere.
 */
@Service
@Transactional(readOnly = true)
public class Contributions {

    public static final int PAGE_SIZE = 10;

    public record Proposed(long id, String title, ProposalState state, int supports, Instant at) {}

    public record Commented(
            long commentId, long proposalId, String proposalTitle, String excerpt, boolean hidden, Instant at) {}

    private final JdbcClient jdbc;
    private final ProcessesApi processes;

    Contributions(JdbcClient jdbc, ProcessesApi processes) {
        this.jdbc = jdbc;
        this.processes = processes;
    }

    public PageResult<Proposed> proposedBy(long accountId, int page) {
        return proposals("", "p.author_id = :account", "p.created_at", accountId, page);
    }

    public PageResult<Proposed> supportedBy(long accountId, int page) {
        return proposals(
                " join proposal_support s on s.proposal_id = p.id",
                "s.account_id = :account",
                "s.created_at",
                accountId,
                page);
    }

    public PageResult<Commented> commentedBy(long accountId, int page) {
        var params = visibility(accountId);
        String from =
                "from proposal_comment c join proposal p on p.id = c.proposal_id where c.author_id = :account and "
                        + VISIBLE;
        long total = jdbc.sql("select count(*) " + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(page, PAGE_SIZE));
        var items = jdbc.sql("select c.id, c.proposal_id, p.title, c.body_html, c.hidden_at, c.created_at " + from
                        + " order by c.created_at desc, c.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Commented(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        excerpt(RichText.plainText(rs.getString(4))),
                        rs.getTimestamp(5) != null,
                        rs.getTimestamp(6).toInstant()))
                .list();
        return new PageResult<>(items, page, PAGE_SIZE, total);
    }

    private static final String VISIBLE = "p.process_id in (:visible) and p.phase_id not in (:hidden)";

    /** Proposals joined to the person by {@code who} (through {@code join}), newest first by {@code when}. */
    private PageResult<Proposed> proposals(String join, String who, String when, long accountId, int page) {
        var params = visibility(accountId);
        String where = join + " where " + who + " and " + VISIBLE;
        // Only the page's rows need their counter: the count leaves the tally alone.
        long total = jdbc.sql("select count(*) from proposal p " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(page, PAGE_SIZE));
        var items = jdbc.sql("select p.id, p.title, p.state, st.support_count, " + when + " as at from proposal p"
                        + SupportTally.join("p") + where
                        + " order by " + when + " desc, p.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Proposed(
                        rs.getLong(1),
                        rs.getString(2),
                        ProposalState.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        return new PageResult<>(items, page, PAGE_SIZE, total);
    }

    private Map<String, Object> visibility(long accountId) {
        Map<String, Object> params = new HashMap<>();
        params.put("account", accountId);
        params.put("visible", orNone(processes.visibleProcessIds()));
        params.put("hidden", orNone(processes.hiddenPhaseIds()));
        return params;
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids; // "in ()" is not SQL
    }

    private static String excerpt(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "…";
    }
}
