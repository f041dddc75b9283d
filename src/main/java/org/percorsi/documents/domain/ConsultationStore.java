package org.percorsi.documents.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of a consultation: comments and amendments on a version's paragraphs, and the answers to amendments. */
@Repository
public class ConsultationStore {

    private final JdbcClient jdbc;

    ConsultationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A paragraph of a version as a comment or an amendment reaches it, with what decides who may and when. */
    public record Target(
            long documentId,
            String documentTitle,
            long processId,
            Long phaseId,
            long versionId,
            int number,
            String state,
            String visibility,
            LocalDate from,
            LocalDate to,
            String blockKind,
            String plain) {}

    public Optional<Target> target(long documentId, int number, UUID key) {
        return jdbc.sql("""
                select d.id, d.title, d.process_id, d.phase_id, v.id as version_id, v.number, v.state, v.visibility,
                       v.consultation_from, v.consultation_to, b.kind, b.plain
                from document d join document_version v on v.document_id = d.id
                join document_block b on b.version_id = v.id
                where d.id = :d and v.number = :n and b.block_key = :k""")
                .param("d", documentId)
                .param("n", number)
                .param("k", key)
                .query((rs, n) -> new Target(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getLong("process_id"),
                        rs.getObject("phase_id", Long.class),
                        rs.getLong("version_id"),
                        rs.getInt("number"),
                        rs.getString("state"),
                        rs.getString("visibility"),
                        rs.getObject("consultation_from", LocalDate.class),
                        rs.getObject("consultation_to", LocalDate.class),
                        rs.getString("kind"),
                        rs.getString("plain")))
                .optional();
    }

    public long comment(
            long versionId, UUID key, long authorId, String body, String quote, Integer start, Integer end) {
        return jdbc.sql("""
                insert into document_comment (version_id, block_key, author_id, body, quote, quote_start, quote_end)
                values (:v, :k, :a, :b, :q, :s, :e) returning id""")
                .param("v", versionId)
                .param("k", key)
                .param("a", authorId)
                .param("b", body)
                .param("q", quote)
                .param("s", start)
                .param("e", end)
                .query(Long.class)
                .single();
    }

    public long amendment(long versionId, UUID key, long authorId, String replacement, String reason) {
        return jdbc.sql("""
                insert into document_amendment (version_id, block_key, author_id, replacement, reason)
                values (:v, :k, :a, :r, :why) returning id""")
                .param("v", versionId)
                .param("k", key)
                .param("a", authorId)
                .param("r", replacement)
                .param("why", reason)
                .query(Long.class)
                .single();
    }

    /** An amendment of the document, locked while it is answered. */
    public record AmendmentRow(
            long id, UUID blockKey, int versionNumber, Long authorId, String replacement, String state) {}

    public Optional<AmendmentRow> lockAmendment(long documentId, long amendmentId) {
        return jdbc.sql("""
                select a.id, a.block_key, v.number, a.author_id, a.replacement, a.state
                from document_amendment a join document_version v on v.id = a.version_id
                where a.id = :a and v.document_id = :d for update of a""")
                .param("a", amendmentId)
                .param("d", documentId)
                .query((rs, n) -> new AmendmentRow(
                        rs.getLong("id"),
                        rs.getObject("block_key", UUID.class),
                        rs.getInt("number"),
                        rs.getObject("author_id", Long.class),
                        rs.getString("replacement"),
                        rs.getString("state")))
                .optional();
    }

    /** Answers a pending amendment; false when it was already answered. */
    public boolean answer(long amendmentId, String state, String answer, Long decidedBy, Long acceptedInto) {
        return jdbc.sql("""
                update document_amendment set state = :s, answer = :why, decided_by = :by, decided_at = now(),
                  accepted_into = :into where id = :a and state = 'PENDING'""")
                        .param("s", state)
                        .param("why", answer)
                        .param("by", decidedBy)
                        .param("into", acceptedInto)
                        .param("a", amendmentId)
                        .update()
                == 1;
    }

    /** The changelog a draft has, kept when an accepted amendment changes its text. */
    public String changelogOf(long versionId) {
        return jdbc.sql("select changelog from document_version where id = :v")
                .param("v", versionId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Hides a comment of the document; false when there is none. */
    public boolean hideComment(long documentId, long commentId) {
        return jdbc.sql("""
                update document_comment c set hidden = true from document_version v
                where c.id = :c and v.id = c.version_id and v.document_id = :d""").param("c", commentId).param("d", documentId).update() == 1;
    }

    public String documentTitle(long documentId) {
        return jdbc.sql("select title from document where id = :d")
                .param("d", documentId)
                .query(String.class)
                .single();
    }
}
