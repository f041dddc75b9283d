package org.percorsi.stakeholders;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A process's negotiation table in figures, for the regional dossier's quality criteria and the observatory's
 * record: how many organisations sit on it, how many joined after its first session, when that was. No names.
 */
@Service
@Transactional(readOnly = true)
public class NegotiationTableFacts {

    /**
     * {@code members}: organisations accepted and not withdrawn; {@code laterJoiners}: those among them that joined
     * after the first session; {@code firstSession}: null while none is held; {@code sessions}: how many.
     */
    public record TableFacts(int members, int laterJoiners, LocalDate firstSession, int sessions) {

        public boolean exists() {
            return members > 0 || sessions > 0;
        }
    }

    private final JdbcClient jdbc;

    NegotiationTableFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TableFacts of(long processId) {
        return jdbc.sql("""
                        with first as (select min(held_on) as held_on, count(*) as sessions
                                       from negotiation_table_session where process_id = :p)
                        select (select count(*) from negotiation_table_member
                                where process_id = :p and state = 'ACCEPTED') as members,
                               (select count(*) from negotiation_table_member, first
                                where process_id = :p and state = 'ACCEPTED'
                                  and joined_on > first.held_on) as later,
                               first.held_on, first.sessions
                        from first""")
                .param("p", processId)
                .query((rs, n) -> new TableFacts(
                        rs.getInt("members"),
                        rs.getInt("later"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getInt("sessions")))
                .single();
    }
}
