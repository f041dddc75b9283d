package org.percorsi.documents.domain;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of a version's review steps and of whether the document must be validated before it is sent. */
@Repository
public class ReviewStore {

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The day the version left draft, in Rome: when it did on the platform, or the first day of its consultation if
     * earlier (a past process recorded afterwards, whose version was public then). Null while it is a draft.
     */
    public LocalDate outOfDraftSince(long versionId) {
        return jdbc.sql("""
                        select least(cast(left_draft_at at time zone 'Europe/Rome' as date), consultation_from)
                        from document_version where id = :v""")
                .param("v", versionId)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    public boolean isFinalDocument(long documentId) {
        return jdbc.sql("select kind = 'FINAL_DOCUMENT' from document where id = :d")
                .param("d", documentId)
                .query(Boolean.class)
                .single();
    }

    public boolean requiresValidation(long documentId) {
        return jdbc.sql("select requires_validation from document where id = :d")
                .param("d", documentId)
                .query(Boolean.class)
                .single();
    }

    /** Whether the version's latest validation is positive. */
    public boolean validated(long versionId) {
        return jdbc.sql("""
                select coalesce((select outcome <> 'REJECTED' from document_review
                                 where version_id = :v and step = 'VALIDATION'
                                 order by done_on desc, id desc limit 1), false)""").param("v", versionId).query(Boolean.class).single();
    }

    public boolean sent(long versionId) {
        return jdbc.sql("select exists (select 1 from document_review where version_id = :v and step = 'SENT')")
                .param("v", versionId)
                .query(Boolean.class)
                .single();
    }

    public void record(
            long versionId,
            String step,
            LocalDate on,
            String outcome,
            String notes,
            String protocolNumber,
            Long recordedBy) {
        record(versionId, step, on, outcome, notes, protocolNumber, recordedBy, null);
    }

    /** A step; {@code tableDecisionId}: the negotiation table's decision that recorded its review, if any. */
    public void record(
            long versionId,
            String step,
            LocalDate on,
            String outcome,
            String notes,
            String protocolNumber,
            Long recordedBy,
            Long tableDecisionId) {
        jdbc.sql("""
                insert into document_review (version_id, step, done_on, outcome, notes, protocol_number, recorded_by,
                                             table_decision_id)
                values (:v, :s, :on, :o, :n, :pn, :by, :td)""")
                .param("v", versionId)
                .param("s", step)
                .param("on", on)
                .param("o", outcome)
                .param("n", notes)
                .param("pn", protocolNumber)
                .param("by", recordedBy)
                .param("td", tableDecisionId)
                .update();
    }

    public void requireValidation(long documentId, boolean required) {
        jdbc.sql("update document set requires_validation = :r where id = :d")
                .param("r", required)
                .param("d", documentId)
                .update();
    }
}
