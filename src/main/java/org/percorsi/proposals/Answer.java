package org.percorsi.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * One answer the municipality gave a proposal: its decision, the public motivation, the proposal it was
 * merged into, the act that decided it (when there is one), who recorded it and when.
 */
public record Answer(
        long id, ProposalState decision, String motivationHtml, Long mergedInto, Act act, String by, Instant at) {

    /** The current answer of proposal {@code p}, for the reads of this module: joins and the columns {@link #read} reads. */
    public static final String JOIN = " left join proposal_answer a on a.id = p.answer_id "
            + "left join account_display_name by_account on by_account.id = a.answered_by ";

    public static final String COLUMNS =
            "a.id as answer_row_id, a.decision, a.motivation, a.merged_into as answer_merged_into, "
                    + "a.act_type, a.act_number, a.act_date, a.act_url, a.answered_at, by_account.nickname as answered_by_nickname";

    /** Reads the columns above; null when the row has no answer (left join). */
    public static Answer read(ResultSet rs) throws SQLException {
        if (rs.getObject("answer_row_id") == null) {
            return null;
        }
        var actDate = rs.getDate("act_date");
        return new Answer(
                rs.getLong("answer_row_id"),
                ProposalState.valueOf(rs.getString("decision")),
                rs.getString("motivation"),
                (Long) rs.getObject("answer_merged_into"),
                actDate == null
                        ? null
                        : new Act(
                                rs.getString("act_type"),
                                rs.getString("act_number"),
                                actDate.toLocalDate(),
                                rs.getString("act_url")),
                rs.getString("answered_by_nickname"),
                rs.getTimestamp("answered_at").toInstant());
    }
}
