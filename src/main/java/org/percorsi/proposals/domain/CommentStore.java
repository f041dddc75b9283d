package org.percorsi.proposals.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.percorsi.proposals.CommentStance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of comments on proposals, their reports and their moderation (plain SQL: the rules live in the use cases). */
@Repository
public class CommentStore {

    private final JdbcClient jdbc;

    CommentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A comment as its author may still change it. */
    public record Written(long proposalId, Long authorId, Instant createdAt, boolean hidden) {}

    /** The proposal a comment belongs to, with its process and phase: who may see it follows from them. */
    public record Place(long proposalId, long processId, long phaseId) {}

    /** Whether this comment of the proposal starts a thread (replies go one level deep); empty if it is not there. */
    public Optional<Boolean> isTopLevel(long commentId, long proposalId) {
        return jdbc.sql("select parent_id is null as top from proposal_comment where id = :id and proposal_id = :p")
                .param("id", commentId)
                .param("p", proposalId)
                .query(Boolean.class)
                .optional();
    }

    public long insert(long proposalId, Long parentId, long authorId, CommentStance stance, String bodyHtml) {
        return jdbc.sql("insert into proposal_comment (proposal_id, parent_id, author_id, stance, body_html) "
                        + "values (:p, :parent, :author, :stance, :body) returning id")
                .param("p", proposalId)
                .param("parent", parentId)
                .param("author", authorId)
                .param("stance", stance.name())
                .param("body", bodyHtml)
                .query(Long.class)
                .single();
    }

    /** The comment, its row locked for the rest of the transaction: an edit checks it and writes it in one go. */
    public Optional<Written> lock(long commentId) {
        return jdbc.sql(
                        "select proposal_id, author_id, created_at, hidden_at is not null as hidden from proposal_comment "
                                + "where id = :id for update")
                .param("id", commentId)
                .query((rs, n) -> new Written(
                        rs.getLong("proposal_id"),
                        (Long) rs.getObject("author_id"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("hidden")))
                .optional();
    }

    public void edit(long commentId, String bodyHtml) {
        jdbc.sql("update proposal_comment set body_html = :body, edited_at = now() where id = :id")
                .param("body", bodyHtml)
                .param("id", commentId)
                .update();
    }

    /** Where a comment of this proposal is; empty if the proposal has no such comment. */
    public Optional<Place> placeOf(long commentId, long proposalId) {
        return jdbc.sql(
                        "select c.proposal_id, p.process_id, p.phase_id from proposal_comment c join proposal p on p.id = c.proposal_id "
                                + "where c.id = :id and c.proposal_id = :proposal")
                .param("id", commentId)
                .param("proposal", proposalId)
                .query((rs, n) -> place(rs))
                .optional();
    }

    /** Where a comment is, whatever its proposal; empty if there is no such comment. */
    public Optional<Place> placeOf(long commentId) {
        return jdbc.sql(
                        "select c.proposal_id, p.process_id, p.phase_id from proposal_comment c join proposal p on p.id = c.proposal_id "
                                + "where c.id = :id")
                .param("id", commentId)
                .query((rs, n) -> place(rs))
                .optional();
    }

    private static Place place(ResultSet rs) throws SQLException {
        return new Place(rs.getLong("proposal_id"), rs.getLong("process_id"), rs.getLong("phase_id"));
    }

    /** One report per person and comment: a second one changes nothing. */
    public void report(long commentId, long accountId, String reason) {
        jdbc.sql(
                        "insert into proposal_comment_report (comment_id, account_id, reason) values (:c, :a, :r) on conflict do nothing")
                .param("c", commentId)
                .param("a", accountId)
                .param("r", reason)
                .update();
    }

    public void hide(long commentId, String reason, Long hiddenBy) {
        jdbc.sql(
                        "update proposal_comment set hidden_at = now(), hidden_reason = :reason, hidden_by = :by where id = :id")
                .param("reason", reason)
                .param("by", hiddenBy)
                .param("id", commentId)
                .update();
    }
}
