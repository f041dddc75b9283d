package org.percorsi.api;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the API tests read, written straight into the database: processes public or reserved, phases reserved or
 * not, proposals with answers, meetings, documents' versions with a paragraph, interventions, managers.
 */
final class ApiFixtures {

    private final JdbcClient jdbc;

    ApiFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long process(String title, boolean reserved) {
        return jdbc.sql("""
                        insert into process (slug, title, short_description, status, visibility, published_at)
                        values (:slug, :t, :t, 'PUBLISHED', :v, now()) returning id""")
                .param("slug", "api-" + UUID.randomUUID())
                .param("t", title)
                .param("v", reserved ? "RESERVED" : "PUBLIC")
                .query(Long.class)
                .single();
    }

    long phase(long process, String title, boolean reserved) {
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

    long proposal(long process, long phase, String kind, String title) {
        return jdbc.sql("""
                        insert into proposal (process_id, phase_id, kind, title, body_html)
                        values (:p, :ph, :k, :t, :b) returning id""")
                .param("p", process)
                .param("ph", phase)
                .param("k", kind)
                .param("t", title)
                .param("b", "<p>" + title + " testo</p>")
                .query(Long.class)
                .single();
    }

    void answer(long proposal, String decision, String motivation) {
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
    }

    long meeting(long process, Long phase, String title, boolean reserved) {
        return jdbc.sql("""
                        insert into meeting (process_id, phase_id, format, title, starts_at, ends_at, address, reserved,
                                             online_url)
                        values (:p, :ph, 'WORLD_CAFE', :t, now() + interval '2 days', now() + interval '2 days 2 hours',
                                :t, :r, 'https://meet.example.org/segreto') returning id""")
                .param("p", process)
                .param("ph", phase)
                .param("t", title)
                .param("r", reserved)
                .query(Long.class)
                .single();
    }

    /** A document whose version 1 has one paragraph and is then in consultation, public or reserved. */
    long document(long process, Long phase, String title, boolean reservedVersion) {
        long document = jdbc.sql(
                        "insert into document (process_id, phase_id, kind, title) values (:p, :ph, 'THEME_DOCUMENT', :t) returning id")
                .param("p", process)
                .param("ph", phase)
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
        jdbc.sql("""
                        insert into document_block (version_id, position, block_key, kind, html, plain)
                        values (:v, 0, gen_random_uuid(), 'PARAGRAPH', :h, :t)""")
                .param("v", version)
                .param("h", "<p>" + title + " paragrafo</p>")
                .param("t", title + " paragrafo")
                .update();
        jdbc.sql("""
                        update document_version set state = 'CONSULTATION', consultation_from = current_date,
                               consultation_to = current_date + 10 where id = :v""").param("v", version).update();
        return document;
    }

    long intervention(String title, long proposal) {
        long intervention = jdbc.sql("insert into intervention (title, status) values (:t, 'IN_PROGRESS') returning id")
                .param("t", title)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into intervention_budget_line (intervention_id, description, funding_source, amount)
                        values (:i, 'Lavori', 'PNRR', 1500.50), (:i, 'Arredi', 'Comune', 300)""").param("i", intervention).update();
        jdbc.sql("insert into intervention_proposal (intervention_id, proposal_id) values (:i, :p)")
                .param("i", intervention)
                .param("p", proposal)
                .update();
        return intervention;
    }

    void grant(long process, String email, String role) {
        jdbc.sql(
                        "insert into process_role (process_id, account_id, role) select :p, id, :r from account where email = :e")
                .param("p", process)
                .param("r", role)
                .param("e", email)
                .update();
    }

    long accountId(String email) {
        return jdbc.sql("select id from account where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }
}
