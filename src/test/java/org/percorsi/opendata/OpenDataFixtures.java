package org.percorsi.opendata;

import java.math.BigDecimal;
import java.util.UUID;
import org.percorsi.support.PublicRecordRows;
import org.percorsi.support.PublicRecordRows.BudgetLine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public record a test needs, written straight into the database: processes public or reserved, phases
 * reserved or not, and everything that hangs from them (proposals and answers, meetings and attendance, final
 * documents and their items, the negotiation table, DUP links, interventions).
 */
final class OpenDataFixtures {

    private final JdbcClient jdbc;
    private final PublicRecordRows rows;

    OpenDataFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new PublicRecordRows(jdbc);
    }

    /** A published process, public or reserved to its area. */
    long process(String title, boolean reserved) {
        return rows.process("od-", title, reserved);
    }

    long phase(long process, String title, boolean reserved) {
        return rows.phase(process, title, reserved);
    }

    long account(String email, String nickname) {
        return jdbc.sql("insert into account (email, nickname, password_hash) values (:e, :n, '{noop}x') returning id")
                .param("e", email)
                .param("n", nickname)
                .query(Long.class)
                .single();
    }

    void deleteAccount(long account) {
        jdbc.sql("update account set deleted_at = now() where id = :a")
                .param("a", account)
                .update();
    }

    long proposal(long process, long phase, String title, Long author) {
        return rows.proposal(process, phase, "PROPOSAL", title, author);
    }

    /** A partial acceptance, with the act that decided it. */
    void answer(long proposal, String motivation) {
        long answer = rows.answer(proposal, "PARTLY_ACCEPTED", motivation);
        jdbc.sql(
                        "update proposal_answer set act_type = 'DGC', act_number = '12', act_date = current_date where id = :a")
                .param("a", answer)
                .update();
    }

    /** A meeting held and closed, with its attendance per category (citizens, associations, … experts). */
    long closedMeeting(long process, Long phase, String title, boolean reserved, int... perCategory) {
        long meeting = rows.meeting(process, phase, title, reserved, -48);
        jdbc.sql("update meeting set status = 'CLOSED' where id = :m")
                .param("m", meeting)
                .update();
        String[] categories = {"CITIZENS", "ASSOCIATIONS", "BUSINESSES", "INSTITUTIONS", "EXPERTS"};
        for (int i = 0; i < perCategory.length; i++) {
            jdbc.sql(
                            "insert into meeting_attendance (meeting_id, dimension, bucket, people) values (:m, 'CATEGORY', :b, :n)")
                    .param("m", meeting)
                    .param("b", categories[i])
                    .param("n", perCategory[i])
                    .update();
        }
        return meeting;
    }

    /** A final document with one version, public or reserved, and one item answering the proposal. */
    long finalDocument(long process, Long phase, String title, boolean reservedVersion, long proposal) {
        var first = rows.document(process, phase, "FINAL_DOCUMENT", title, reservedVersion);
        long version = first.version();
        jdbc.sql(
                        "insert into document_item (version_id, position, title, body, proposal_id) values (:v, 0, :t, :t, :p)")
                .param("v", version)
                .param("t", title + " voce")
                .param("p", proposal)
                .update();
        jdbc.sql("""
                        update document_version set state = 'FINAL', consultation_from = current_date - 20,
                               consultation_to = current_date - 10, approved_by = 'Giunta comunale',
                               approved_on = current_date, approval_act = :t where id = :v""").param("t", title + " atto").param("v", version).update();
        return first.document();
    }

    /** An organisation with a private contact, accepted at the process's table, and a session with a decision. */
    void negotiationTable(long process, String name, String contactEmail, String contactPhone, String decision) {
        long organisation = jdbc.sql("""
                        insert into stakeholder_organisation (name, name_key, kind, contact_name, contact_email, contact_phone)
                        values (:n, :k, 'ASSOCIATION', :n, :e, :ph) returning id""")
                .param("n", name)
                .param("k", name.toLowerCase() + UUID.randomUUID())
                .param("e", contactEmail)
                .param("ph", contactPhone)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into negotiation_table_member (process_id, organisation_id, state, channel, requested_on, joined_on)
                        values (:p, :o, 'ACCEPTED', 'INVITATION', current_date, current_date)""").param("p", process).param("o", organisation).update();
        long session = jdbc.sql("""
                        insert into negotiation_table_session (process_id, number, title, held_on)
                        values (:p, 1, :t, current_date) returning id""")
                .param("p", process)
                .param("t", decision + " seduta")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into negotiation_table_decision (session_id, number, text, outcome) values (:s, 1, :t, 'APPROVED')")
                .param("s", session)
                .param("t", decision)
                .update();
    }

    /** A DUP objective in a new cycle, linked to the proposal. */
    long objectiveLinkedTo(long proposal, String title) {
        long cycle = jdbc.sql("insert into programming_cycle (title) values (:t) returning id")
                .param("t", title + " " + UUID.randomUUID())
                .query(Long.class)
                .single();
        long node = jdbc.sql("""
                        insert into objective_node (cycle_id, level, title_html, title_text, match_key, position)
                        values (:c, 'STRATEGIC_AREA', :t, :t, :t, 0) returning id""")
                .param("c", cycle)
                .param("t", title)
                .query(Long.class)
                .single();
        jdbc.sql("insert into proposal_objective_link (proposal_id, node_id) values (:p, :n)")
                .param("p", proposal)
                .param("n", node)
                .update();
        return node;
    }

    /** An intervention carrying out the proposal, with a budget line and a milestone reached of two. */
    long intervention(String title, long proposal) {
        long intervention = rows.intervention(
                title,
                proposal,
                new BudgetLine("Lavori", "PNRR", new BigDecimal("1500.50")),
                new BudgetLine("Progetto", "PNRR", new BigDecimal("499.50")),
                new BudgetLine("Arredi", "Comune", new BigDecimal("300")));
        jdbc.sql("""
                        insert into intervention_milestone (intervention_id, title, due_on, reached_on)
                        values (:i, 'Avvio', current_date, current_date), (:i, 'Fine', current_date + 30, null)""").param("i", intervention).update();
        return intervention;
    }
}
