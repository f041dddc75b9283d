package org.percorsi.stakeholders;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.percorsi.processes.ProcessesOpenData;
import org.percorsi.shared.database.StreamedRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public record of the negotiation tables for the open data, as a visitor who is not signed in sees it
 * whoever asks: the accepted member organisations of public processes' tables (name, kind, IPA code, website; not a fiscal code, which may be a person's;
 * never a contact or a person), and the numbered decisions of their sessions. Streamed from a cursor.
 */
@Service
public class NegotiationTablesOpenData {

    private static final String PUBLIC_PROCESS_OF =
            "exists (select 1 from process_summary p where p.id = %s and " + ProcessesOpenData.PUBLIC_PROCESS + ")";

    public record TableMember(
            long processId,
            long organisationId,
            String name,
            OrganisationKind kind,
            String ipaCode,
            String website,
            TableChannel channel,
            LocalDate joinedOn) {}

    public record TableDecision(
            long processId,
            int sessionNumber,
            String sessionTitle,
            LocalDate heldOn,
            int number,
            String text,
            DecisionOutcome outcome,
            Integer votesFor,
            Integer votesAgainst,
            Integer abstentions) {}

    private final JdbcTemplate jdbc;

    NegotiationTablesOpenData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public void eachMember(Consumer<TableMember> rows) {
        StreamedRows.each(
                jdbc,
                """
                            select m.process_id, o.id, o.name, o.kind, o.ipa_code, o.website, m.channel,
                                   m.joined_on
                            from negotiation_table_member m join stakeholder_organisation o on o.id = m.organisation_id
                            where m.state = 'ACCEPTED' and %s order by m.process_id, o.name, o.id""".formatted(PUBLIC_PROCESS_OF.formatted("m.process_id")),
                rs -> new TableMember(
                        rs.getLong("process_id"),
                        rs.getLong("id"),
                        rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("ipa_code"),
                        rs.getString("website"),
                        TableChannel.valueOf(rs.getString("channel")),
                        rs.getObject("joined_on", LocalDate.class)),
                rows);
    }

    @Transactional(readOnly = true)
    public void eachDecision(Consumer<TableDecision> rows) {
        StreamedRows.each(
                jdbc,
                """
                            select s.process_id, s.number as session_number, s.title, s.held_on, d.number, d.text,
                                   d.outcome, d.votes_for, d.votes_against, d.abstentions
                            from negotiation_table_decision d join negotiation_table_session s on s.id = d.session_id
                            where %s order by s.process_id, s.number, d.number""".formatted(PUBLIC_PROCESS_OF.formatted("s.process_id")),
                rs -> new TableDecision(
                        rs.getLong("process_id"),
                        rs.getInt("session_number"),
                        rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getInt("number"),
                        rs.getString("text"),
                        DecisionOutcome.valueOf(rs.getString("outcome")),
                        (Integer) rs.getObject("votes_for"),
                        (Integer) rs.getObject("votes_against"),
                        (Integer) rs.getObject("abstentions")),
                rows);
    }
}
