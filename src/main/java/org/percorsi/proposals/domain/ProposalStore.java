package org.percorsi.proposals.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.processes.VisibleToViewer;
import org.percorsi.proposals.Act;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of proposals, supports and phase settings (plain SQL: the rules live in the database). */
@Repository
public class ProposalStore {

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Head(long id, long processId, long phaseId, String title, ProposalState state, Long authorId) {}

    /** A proposal as a change left it, with the version that change counted: what its events carry. */
    public record Snapshot(
            long id,
            long version,
            long processId,
            long phaseId,
            String title,
            String bodyHtml,
            String motivationHtml,
            ProposalState state,
            Long authorId) {}

    public long insert(
            long processId,
            long phaseId,
            ProposalKind kind,
            String title,
            String bodyHtml,
            Long themeId,
            Long scopeId,
            Long authorId,
            String onBehalfOf,
            String paperSource) {
        return jdbc.sql("""
                        insert into proposal (process_id, phase_id, kind, title, body_html, theme_id, scope_id, author_id,
                                              on_behalf_of, paper_source)
                        values (:process, :phase, :kind, :title, :body, :theme, :scope, :author, :behalf, :paper)
                        returning id""")
                .param("process", processId)
                .param("phase", phaseId)
                .param("kind", kind.name())
                .param("title", title)
                .param("body", bodyHtml)
                .param("theme", themeId)
                .param("scope", scopeId)
                .param("author", authorId)
                .param("behalf", onBehalfOf)
                .param("paper", paperSource)
                .query(Long.class)
                .single();
    }

    public void attach(long proposalId, UUID fileId, String filename, boolean image, int position) {
        jdbc.sql(
                        "insert into proposal_attachment (proposal_id, file_id, filename, kind, position) values (:p, :f, :n, :k, :pos)")
                .param("p", proposalId)
                .param("f", fileId)
                .param("n", filename)
                .param("k", image ? "IMAGE" : "PDF")
                .param("pos", position)
                .update();
    }

    public void locate(long proposalId, String place, BigDecimal latitude, BigDecimal longitude) {
        jdbc.sql("update proposal set place = :place, latitude = :lat, longitude = :lng where id = :id")
                .param("place", place)
                .param("lat", latitude)
                .param("lng", longitude)
                .param("id", proposalId)
                .update();
    }

    /** The meeting a proposal came from, and which of its items (e.g. "World café, table 2, round 1"). */
    public void originate(long proposalId, long meetingId, String note) {
        jdbc.sql("update proposal set origin_meeting_id = :m, origin_note = :n where id = :id")
                .param("m", meetingId)
                .param("n", note)
                .param("id", proposalId)
                .update();
    }

    public boolean follow(long proposalId, long accountId) {
        return jdbc.sql(
                                "insert into proposal_follower (proposal_id, account_id) values (:p, :a) on conflict do nothing")
                        .param("p", proposalId)
                        .param("a", accountId)
                        .update()
                == 1;
    }

    public boolean unfollow(long proposalId, long accountId) {
        return jdbc.sql("delete from proposal_follower where proposal_id = :p and account_id = :a")
                        .param("p", proposalId)
                        .param("a", accountId)
                        .update()
                == 1;
    }

    /** The people following the proposal, its author among them unless they stopped. */
    public List<Long> followers(long proposalId) {
        return jdbc.sql("select account_id from proposal_follower where proposal_id = :id order by account_id")
                .param("id", proposalId)
                .query(Long.class)
                .list();
    }

    /** The proposal as it is in this transaction, its current answer's motivation included. */
    public Optional<Snapshot> snapshot(long id) {
        return jdbc.sql("""
                        select p.id, p.version, p.process_id, p.phase_id, p.title, p.body_html, a.motivation, p.state,
                               p.author_id
                        from proposal p left join proposal_answer a on a.id = p.answer_id where p.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Snapshot(
                        rs.getLong("id"),
                        rs.getLong("version"),
                        rs.getLong("process_id"),
                        rs.getLong("phase_id"),
                        rs.getString("title"),
                        rs.getString("body_html"),
                        rs.getString("motivation"),
                        ProposalState.valueOf(rs.getString("state")),
                        (Long) rs.getObject("author_id")))
                .optional();
    }

    /**
     * The proposal, its row locked for the rest of the transaction. "No key update" is the lock an update
     * takes: it does not conflict with the key-share locks that inserting supports and comments take on the
     * row (their foreign key), which "for update" would wait for while they wait for it, a deadlock.
     */
    public Optional<Head> lock(long id) {
        return head(id, " for no key update");
    }

    /** The proposal as it is now, without locking it. */
    public Optional<Head> head(long id) {
        return head(id, "");
    }

    private Optional<Head> head(long id, String lock) {
        return jdbc.sql("select id, process_id, phase_id, title, state, author_id from proposal where id = :id" + lock)
                .param("id", id)
                .query((rs, n) -> head(rs))
                .optional();
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(
                rs.getLong("id"),
                rs.getLong("process_id"),
                rs.getLong("phase_id"),
                rs.getString("title"),
                ProposalState.valueOf(rs.getString("state")),
                (Long) rs.getObject("author_id"));
    }

    /** What a support did: added, found already there, found the person at the maximum, or found it answered. */
    public enum Supported {
        ADDED,
        ALREADY,
        AT_MAXIMUM,
        /** The proposal was answered before the support could count (the database's check, see below). */
        NOT_OPEN
    }

    /** The supports' trigger refuses a support of a proposal no longer open with this constraint's name. */
    private static final String WHILE_OPEN = "proposal_support_while_open";

    /** Adds a support; ALREADY when the person already supports it (the primary key decides). */
    public Supported support(long proposalId, long accountId) {
        return whileOpen(() -> jdbc.sql(
                                        "insert into proposal_support (proposal_id, account_id) values (:p, :a) on conflict do nothing")
                                .param("p", proposalId)
                                .param("a", accountId)
                                .update()
                        == 1
                ? Supported.ADDED
                : Supported.ALREADY);
    }

    /**
     * Adds a support where a person may support at most {@code max} proposals of the process, in one statement
     * (the busiest write of a voting window): takes the person's tally for the process (created if they support
     * none there yet) and holds it to the end of the transaction (or of this statement, outside one), so that one
     * person's supports within a process take turns on it, then adds the support only below the maximum. The supports' trigger keeps the tally.
     * Why one statement: reading the tally, then inserting, were two round trips holding that lock between them.
     * The tally's no-op update is a write (a new row version, updated in place where the page has room) as the
     * trigger's is; at read committed, as every transaction here runs, the row waited for is read as committed.
     */
    public Supported supportWithin(long processId, long proposalId, long accountId, int max) {
        return whileOpen(() -> jdbc.sql("""
                        with tally as (
                          insert into proposal_supporter (process_id, account_id) values (:process, :a)
                          on conflict (process_id, account_id) do update set supports = proposal_supporter.supports
                          returning supports),
                        added as (
                          insert into proposal_support (proposal_id, account_id)
                          select :p, :a from tally where tally.supports < :max
                          on conflict do nothing returning 1)
                        select (select count(*) from added) = 1 as added, (select supports from tally) >= :max as full""")
                .param("process", processId)
                .param("p", proposalId)
                .param("a", accountId)
                .param("max", max)
                .query((rs, n) -> rs.getBoolean("added")
                        ? Supported.ADDED
                        : rs.getBoolean("full") ? Supported.AT_MAXIMUM : Supported.ALREADY)
                .single());
    }

    /**
     * The support's statement, or NOT_OPEN when the trigger found the proposal answered: its counter's update
     * waits for an answer given at the same moment and reads the state that answer left, so no support counts
     * after an answer without the application reading the proposal again. The statement failed as a whole (inside
     * a transaction, that transaction is spoilt: the caller refuses, which rolls it back).
     */
    private static Supported whileOpen(Supplier<Supported> insert) {
        try {
            return insert.get();
        } catch (DataIntegrityViolationException refused) {
            if (refused.getMostSpecificCause() instanceof PSQLException cause
                    && cause.getServerErrorMessage() != null
                    && WHILE_OPEN.equals(cause.getServerErrorMessage().getConstraint())) {
                return Supported.NOT_OPEN;
            }
            throw refused;
        }
    }

    /** True when the person supports the proposal (read anew: after a wait on their tally it sees the latest). */
    public boolean isSupportedBy(long proposalId, long accountId) {
        return jdbc.sql("select exists (select 1 from proposal_support where proposal_id = :p and account_id = :a)")
                .param("p", proposalId)
                .param("a", accountId)
                .query(Boolean.class)
                .single();
    }

    public boolean withdrawSupport(long proposalId, long accountId) {
        return jdbc.sql("delete from proposal_support where proposal_id = :p and account_id = :a")
                        .param("p", proposalId)
                        .param("a", accountId)
                        .update()
                == 1;
    }

    /**
     * How many proposals the person supports in the process, their tally's row locked for the rest of the
     * transaction (created if they support none there yet): one person's supports within a process take
     * turns on it, so the maximum per person holds under load. The supports' trigger keeps the tally.
     */
    public int lockSupportsInProcess(long processId, long accountId) {
        var locked = lockedTally(processId, accountId);
        if (locked.isPresent()) {
            return locked.get();
        }
        jdbc.sql("insert into proposal_supporter (process_id, account_id) values (:p, :a) on conflict do nothing")
                .param("p", processId)
                .param("a", accountId)
                .update();
        return lockedTally(processId, accountId).orElseThrow();
    }

    private Optional<Integer> lockedTally(long processId, long accountId) {
        return jdbc.sql("select supports from proposal_supporter where process_id = :p and account_id = :a"
                        + " for no key update")
                .param("p", processId)
                .param("a", accountId)
                .query(Integer.class)
                .optional();
    }

    /**
     * Records an answer and makes it the proposal's current one: the proposal's state and merge follow
     * from it, and its version counts one more. Earlier answers stay, as the proposal's history.
     */
    public long answer(
            long proposalId, ProposalState decision, String motivationHtml, Long mergedInto, Act act, Long by) {
        long answerId = jdbc.sql("""
                        insert into proposal_answer (proposal_id, decision, motivation, merged_into, act_type, act_number,
                                                     act_date, act_url, answered_by)
                        values (:p, :decision, :motivation, :merged, :type, :number, :date, :url, :by) returning id""")
                .param("p", proposalId)
                .param("decision", decision.name())
                .param("motivation", motivationHtml)
                .param("merged", mergedInto)
                .param("type", act == null ? null : act.type())
                .param("number", act == null ? null : act.number())
                .param("date", act == null ? null : act.date())
                .param("url", act == null ? null : act.url())
                .param("by", by)
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update proposal set state = :state, merged_into = :merged, answer_id = :answer, version = version + 1 "
                                + "where id = :id")
                .param("state", decision.name())
                .param("merged", mergedInto)
                .param("answer", answerId)
                .param("id", proposalId)
                .update();
        return answerId;
    }

    public PhaseParticipation participation(long phaseId) {
        return jdbc.sql("select * from phase_participation where phase_id = :id")
                .param("id", phaseId)
                .query((rs, n) -> participation(phaseId, rs))
                .optional()
                .orElse(PhaseParticipation.defaults(phaseId));
    }

    /**
     * A proposal with its phase's participation settings and, when the viewer may see that phase (and its
     * process), the phase as they see it: {@code phaseVisible} false says "not found" to them.
     */
    public record HeadAndSettings(Head head, PhaseParticipation settings, boolean phaseVisible, LocalDate phaseEnd) {}

    /**
     * The proposal, its settings and whether the viewer sees its phase, in one statement (read before every
     * support): the visibility is the processes module's rule on the views it publishes, with the viewer's
     * parameters ({@code ProcessesApi.viewerParameters()}).
     */
    public Optional<HeadAndSettings> headAndSettings(long id, Map<String, Object> viewer) {
        return jdbc.sql("""
                        select p.id, p.process_id, p.phase_id, p.title, p.state, p.author_id, s.phase_id as settings_of, s.kinds,
                               s.supports_enabled, s.max_supports, s.comments_enabled, s.level_to_create,
                               s.level_to_support, s.level_to_comment, ph.id as visible_phase, ph.end_date as phase_end
                        from proposal p left join phase_participation s on s.phase_id = p.phase_id
                        left join phase_summary ph on ph.id = p.phase_id and %s
                             and exists (select 1 from process_summary pr where pr.id = p.process_id and %s)
                        where p.id = :id""".formatted(VisibleToViewer.phase("ph"), VisibleToViewer.process("pr")))
                .params(viewer)
                .param("id", id)
                .query((rs, n) -> {
                    var head = head(rs);
                    return new HeadAndSettings(
                            head,
                            rs.getObject("settings_of") == null
                                    ? PhaseParticipation.defaults(head.phaseId())
                                    : participation(head.phaseId(), rs),
                            rs.getObject("visible_phase") != null,
                            rs.getObject("phase_end", LocalDate.class));
                })
                .optional();
    }

    private static PhaseParticipation participation(long phaseId, ResultSet rs) throws SQLException {
        return new PhaseParticipation(
                phaseId,
                PhaseParticipation.parseKinds(rs.getString("kinds")),
                rs.getBoolean("supports_enabled"),
                (Integer) rs.getObject("max_supports"),
                rs.getBoolean("comments_enabled"),
                VerificationLevel.valueOf(rs.getString("level_to_create")),
                VerificationLevel.valueOf(rs.getString("level_to_support")),
                VerificationLevel.valueOf(rs.getString("level_to_comment")));
    }

    public void saveParticipation(PhaseParticipation p) {
        jdbc.sql("""
                        insert into phase_participation (phase_id, kinds, supports_enabled, max_supports, comments_enabled,
                                                         level_to_create, level_to_support, level_to_comment)
                        values (:phase, :kinds, :supports, :max, :comments, :create, :support, :comment)
                        on conflict (phase_id) do update set kinds = excluded.kinds,
                            supports_enabled = excluded.supports_enabled, max_supports = excluded.max_supports,
                            comments_enabled = excluded.comments_enabled, level_to_create = excluded.level_to_create,
                            level_to_support = excluded.level_to_support, level_to_comment = excluded.level_to_comment""")
                .param("phase", p.phaseId())
                .param("kinds", p.kindsColumn())
                .param("supports", p.supportsEnabled())
                .param("max", p.maxSupports())
                .param("comments", p.commentsEnabled())
                .param("create", p.levelToCreate().name())
                .param("support", p.levelToSupport().name())
                .param("comment", p.levelToComment().name())
                .update();
    }
}
