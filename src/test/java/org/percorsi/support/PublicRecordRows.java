package org.percorsi.support;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of the public record that the open data's and the API's tests both read, written straight into the
 * database: processes public or reserved, phases reserved or not, proposals and their answers, meetings, documents
 * with a first version, interventions carrying out a proposal. Each test's fixtures add what only they need.
 */
public final class PublicRecordRows {

    /** One line of an intervention's budget. */
    public record BudgetLine(String description, String fundingSource, BigDecimal amount) {}

    private final JdbcClient jdbc;

    public PublicRecordRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published process, public or reserved to its area, at an address starting with the prefix. */
    public long process(String slugPrefix, String title, boolean reserved) {
        return jdbc.sql("""
                        insert into process (slug, title, short_description, status, visibility, published_at)
                        values (:slug, :t, :t, 'PUBLISHED', :v, now()) returning id""")
                .param("slug", slugPrefix + UUID.randomUUID())
                .param("t", title)
                .param("v", reserved ? "RESERVED" : "PUBLIC")
                .query(Long.class)
                .single();
    }

    /** An opening phase after the process's others, reserved or not. */
    public long phase(long process, String title, boolean reserved) {
        return jdbc.sql("""
                        insert into phase (process_id, position, type, title, reserved)
                        values (:p, (select coalesce(max(position), 0) + 1 from phase where process_id = :p), 'OPENING', :t, :r)
                        returning id""")
                .param("p", process)
                .param("t", title)
                .param("r", reserved)
                .query(Long.class)
                .single();
    }

    /** A proposal of this kind whose text repeats its title, by an author or by nobody. */
    public long proposal(long process, long phase, String kind, String title, Long author) {
        return jdbc.sql("""
                        insert into proposal (process_id, phase_id, kind, title, body_html, author_id)
                        values (:p, :ph, :k, :t, :b, :a) returning id""")
                .param("p", process)
                .param("ph", phase)
                .param("k", kind)
                .param("t", title)
                .param("b", "<p>" + title + " testo</p>")
                .param("a", author)
                .query(Long.class)
                .single();
    }

    /** The municipality's answer with its decision, made the proposal's current one; the answer's id. */
    public long answer(long proposal, String decision, String motivation) {
        long answer = jdbc.sql("""
                        insert into proposal_answer (proposal_id, decision, motivation)
                        values (:p, :d, :m) returning id""")
                .param("p", proposal)
                .param("d", decision)
                .param("m", "<p>" + motivation + "</p>")
                .query(Long.class)
                .single();
        jdbc.sql("update proposal set answer_id = :a, state = :d where id = :p")
                .param("a", answer)
                .param("d", decision)
                .param("p", proposal)
                .update();
        return answer;
    }

    /**
     * A world café two hours long, held at the address named by its title, starting this many hours from now
     * (negative: already begun or over), reserved or not; scheduled.
     */
    public long meeting(long process, Long phase, String title, boolean reserved, int hoursFromNow) {
        return jdbc.sql("""
                        insert into meeting (process_id, phase_id, format, title, starts_at, ends_at, address, reserved)
                        values (:p, :ph, 'WORLD_CAFE', :t, now() + make_interval(hours => :h),
                                now() + make_interval(hours => :h + 2), :t, :r) returning id""")
                .param("p", process)
                .param("ph", phase)
                .param("t", title)
                .param("h", hoursFromNow)
                .param("r", reserved)
                .query(Long.class)
                .single();
    }

    /** A document and its first version. */
    public record FirstVersion(long document, long version) {}

    /** A document of this kind and its version 1, public or reserved, in draft. */
    public FirstVersion document(long process, Long phase, String kind, String title, boolean reservedVersion) {
        long document = jdbc.sql(
                        "insert into document (process_id, phase_id, kind, title) values (:p, :ph, :k, :t) returning id")
                .param("p", process)
                .param("ph", phase)
                .param("k", kind)
                .param("t", title)
                .query(Long.class)
                .single();
        long version = jdbc.sql("""
                        insert into document_version (document_id, number, visibility, source_markdown)
                        values (:d, 1, :v, :t) returning id""")
                .param("d", document)
                .param("v", reservedVersion ? "RESERVED" : "PUBLIC")
                .param("t", title)
                .query(Long.class)
                .single();
        return new FirstVersion(document, version);
    }

    /** An intervention in progress carrying out the proposal, with these budget lines in this order. */
    public long intervention(String title, long proposal, BudgetLine... budget) {
        long intervention = jdbc.sql("insert into intervention (title, status) values (:t, 'IN_PROGRESS') returning id")
                .param("t", title)
                .query(Long.class)
                .single();
        for (BudgetLine line : budget) {
            jdbc.sql("""
                            insert into intervention_budget_line (intervention_id, description, funding_source, amount)
                            values (:i, :d, :f, :a)""")
                    .param("i", intervention)
                    .param("d", line.description())
                    .param("f", line.fundingSource())
                    .param("a", line.amount())
                    .update();
        }
        jdbc.sql("insert into intervention_proposal (intervention_id, proposal_id) values (:i, :p)")
                .param("i", intervention)
                .param("p", proposal)
                .update();
        return intervention;
    }
}
