package org.percorsi.stakeholders.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of a session's decisions, numbered in the order they were taken. */
@Repository
public class DecisionStore {

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Votes, when the table voted: for, against, abstained. */
    public record Votes(int inFavour, int against, int abstained) {}

    /**
     * The session's next decision; its number is the next of the session (the caller holds the session's row
     * locked, so two decisions recorded at once get consecutive numbers).
     */
    public int insert(long sessionId, String text, String outcome, Votes votes) {
        return jdbc.sql("""
                        insert into negotiation_table_decision (session_id, number, text, outcome, votes_for,
                            votes_against, abstentions)
                        values (:s, (select coalesce(max(number), 0) + 1 from negotiation_table_decision
                                     where session_id = :s), :t, :o, :vf, :va, :ab)
                        returning number""")
                .param("s", sessionId)
                .param("t", text)
                .param("o", outcome)
                .param("vf", votes == null ? null : votes.inFavour())
                .param("va", votes == null ? null : votes.against())
                .param("ab", votes == null ? null : votes.abstained())
                .query(Integer.class)
                .single();
    }
}
