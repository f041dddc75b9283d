package org.percorsi.api;

import java.math.BigDecimal;
import org.percorsi.support.PublicRecordRows;
import org.percorsi.support.PublicRecordRows.BudgetLine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the API tests read, written straight into the database: processes public or reserved, phases reserved or
 * not, proposals with answers, meetings, documents' versions with a paragraph, interventions, managers.
 */
final class ApiFixtures {

    private final JdbcClient jdbc;
    private final PublicRecordRows rows;

    ApiFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new PublicRecordRows(jdbc);
    }

    long process(String title, boolean reserved) {
        return rows.process("api-", title, reserved);
    }

    long phase(long process, String title, boolean reserved) {
        return rows.phase(process, title, reserved);
    }

    long proposal(long process, long phase, String kind, String title) {
        return rows.proposal(process, phase, kind, title, null);
    }

    void answer(long proposal, String decision, String motivation) {
        rows.answer(proposal, decision, motivation);
    }

    /** A meeting in two days, with an online address that only its readers may see. */
    long meeting(long process, Long phase, String title, boolean reserved) {
        long meeting = rows.meeting(process, phase, title, reserved, 48);
        jdbc.sql("update meeting set online_url = 'https://meet.example.org/segreto' where id = :m")
                .param("m", meeting)
                .update();
        return meeting;
    }

    /** A document whose version 1 has one paragraph and is then in consultation, public or reserved. */
    long document(long process, Long phase, String title, boolean reservedVersion) {
        var first = rows.document(process, phase, "THEME_DOCUMENT", title, reservedVersion);
        jdbc.sql("""
                        insert into document_block (version_id, position, block_key, kind, html, plain)
                        values (:v, 0, gen_random_uuid(), 'PARAGRAPH', :h, :t)""")
                .param("v", first.version())
                .param("h", "<p>" + title + " paragrafo</p>")
                .param("t", title + " paragrafo")
                .update();
        jdbc.sql("""
                        update document_version set state = 'CONSULTATION', consultation_from = current_date,
                               consultation_to = current_date + 10 where id = :v""").param("v", first.version()).update();
        return first.document();
    }

    long intervention(String title, long proposal) {
        return rows.intervention(
                title,
                proposal,
                new BudgetLine("Lavori", "PNRR", new BigDecimal("1500.50")),
                new BudgetLine("Arredi", "Comune", new BigDecimal("300")));
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
