package org.percorsi.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.percorsi.proposals.ProposalsForApi.ApiProposal;
import org.percorsi.proposals.queries.SupportTally;
import org.percorsi.shared.richtext.RichText;

/**
 * A proposal with its current answer as it is shown outside the platform, read once for both the REST API and
 * the open data: one select list and one mapping, so that the two cannot drift apart. Each caller adds its own
 * filters (who may see what); the author is the open data's alone, as a pseudonym.
 */
final class ProposalRows {

    // the answer without who recorded it: a person's name is not part of the API nor of the open data
    static final String ANSWER_COLUMNS =
            "a.id as answer_row_id, a.decision, a.motivation, a.merged_into as answer_merged_into, "
                    + "a.act_type, a.act_number, a.act_date, a.act_url, a.answered_at, null as answered_by_nickname";

    /** Joins the current answer {@code a} of the proposal {@code pr}. */
    static final String ANSWER_JOIN = " left join proposal_answer a on a.id = pr.answer_id ";

    /** Joins the support counter of the proposal {@code pr}. */
    static final String TALLY_JOIN = SupportTally.join("pr");

    /** The select list, on {@code proposal pr}, {@link #TALLY_JOIN} and {@link #ANSWER_JOIN}. */
    static final String COLUMNS = """
            pr.id, pr.process_id, pr.phase_id, pr.kind, pr.title, pr.body_html, pr.theme_id, pr.scope_id,
            st.support_count, pr.comment_count, pr.created_at, pr.state, """ + ANSWER_COLUMNS;

    private ProposalRows() {}

    static ApiProposal proposal(ResultSet rs) throws SQLException {
        return new ApiProposal(
                rs.getLong("id"),
                rs.getLong("process_id"),
                rs.getLong("phase_id"),
                ProposalKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                RichText.plainText(rs.getString("body_html")),
                (Long) rs.getObject("theme_id"),
                (Long) rs.getObject("scope_id"),
                rs.getInt("support_count"),
                rs.getInt("comment_count"),
                rs.getTimestamp("created_at").toInstant(),
                ProposalState.valueOf(rs.getString("state")),
                Answer.read(rs));
    }
}
