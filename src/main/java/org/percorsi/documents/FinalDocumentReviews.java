package org.percorsi.documents;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review record of a process's final documents (the DocPP), as other modules read it (a regional dossier's final
 * report states the final document and its validation): public facts only, whoever asks. No notes (free text that
 * may name people) and no one who recorded a step: dates, outcomes and the protocol number.
 */
@Service
@Transactional(readOnly = true)
public class FinalDocumentReviews {

    private final JdbcClient jdbc;

    FinalDocumentReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A review by the negotiation table or by the tecnico di garanzia: when and with which outcome. */
    public record Reviewed(LocalDate on, ReviewOutcome outcome) {}

    /** The sending to the ente: when and with which protocol number. */
    public record Sent(LocalDate on, String protocolNumber) {}

    /**
     * A final document at the version its review concerns; each step is its latest record, null while there is
     * none.
     */
    public record FinalDocumentReview(
            long documentId, String title, int version, Reviewed tableReview, Reviewed validation, Sent sent) {}

    /**
     * The process's final documents public on its pages (a public process out of draft, no reserved phase), each at
     * its latest public version sent to the ente, or else at its latest public version out of draft, with that
     * version's review steps; a reserved version counts for nothing. Empty when there is none.
     */
    public List<FinalDocumentReview> publicOf(long processId) {
        var versions = jdbc.sql("""
                        select distinct on (d.id) v.id, d.id as document_id, d.title, v.number
                        from document d
                        join process_summary p on p.id = d.process_id
                        left join phase_summary ph on ph.id = d.phase_id
                        join document_version v on v.document_id = d.id
                        where d.process_id = :p and d.kind = 'FINAL_DOCUMENT'
                          and p.visibility = 'PUBLIC' and p.status <> 'DRAFT' and not coalesce(ph.reserved, false)
                          and v.state <> 'DRAFT' and v.visibility = 'PUBLIC'
                        order by d.id,
                                 exists (select 1 from document_review r where r.version_id = v.id and r.step = 'SENT')
                                   desc,
                                 v.number desc""")
                .param("p", processId)
                .query((rs, n) -> new Version(
                        rs.getLong("id"), rs.getLong("document_id"), rs.getString("title"), rs.getInt("number")))
                .list();
        return versions.stream().map(this::reviewOf).toList();
    }

    private record Version(long id, long documentId, String title, int number) {}

    private record Step(LocalDate on, String outcome, String protocolNumber) {}

    /** The version's latest record of each step. */
    private FinalDocumentReview reviewOf(Version v) {
        var steps = new EnumMap<ReviewStep, Step>(ReviewStep.class);
        jdbc.sql("""
                        select distinct on (step) step, done_on, outcome, protocol_number
                        from document_review where version_id = :v
                        order by step, done_on desc, id desc""")
                .param("v", v.id())
                .query((rs, n) -> steps.put(
                        ReviewStep.valueOf(rs.getString("step")),
                        new Step(
                                rs.getObject("done_on", LocalDate.class),
                                rs.getString("outcome"),
                                rs.getString("protocol_number"))))
                .list();
        var sent = steps.get(ReviewStep.SENT);
        return new FinalDocumentReview(
                v.documentId(),
                v.title(),
                v.number(),
                reviewed(steps.get(ReviewStep.TABLE_REVIEW)),
                reviewed(steps.get(ReviewStep.VALIDATION)),
                sent == null ? null : new Sent(sent.on(), sent.protocolNumber()));
    }

    private static Reviewed reviewed(Step step) {
        return step == null ? null : new Reviewed(step.on(), ReviewOutcome.valueOf(step.outcome()));
    }
}
