package org.percorsi.stakeholders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of stakeholders: the decisions of a process's negotiation table (a document's
 * paragraph may cite one, a review step refer to one). Whatever the process's visibility: the caller checks who
 * may see the process. Decisions carry no person's name or contact.
 */
@Service
@Transactional(readOnly = true)
public class StakeholdersApi {

    private static final String DECISIONS = """
            select d.id, s.process_id, s.number as session_number, s.held_on, d.number, d.text, d.outcome
            from negotiation_table_decision d join negotiation_table_session s on s.id = d.session_id""";

    private final JdbcClient jdbc;

    StakeholdersApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The decisions of the process's table, session by session, in order. */
    public List<DecisionSummary> decisions(long processId) {
        return jdbc.sql(DECISIONS + " where s.process_id = :p order by s.number, d.number")
                .param("p", processId)
                .query((rs, n) -> summary(rs))
                .list();
    }

    public Optional<DecisionSummary> decision(long decisionId) {
        return jdbc.sql(DECISIONS + " where d.id = :id")
                .param("id", decisionId)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    private static DecisionSummary summary(ResultSet rs) throws SQLException {
        return new DecisionSummary(
                rs.getLong("id"),
                rs.getLong("process_id"),
                rs.getInt("session_number"),
                rs.getObject("held_on", LocalDate.class),
                rs.getInt("number"),
                rs.getString("text"),
                DecisionOutcome.valueOf(rs.getString("outcome")));
    }
}
