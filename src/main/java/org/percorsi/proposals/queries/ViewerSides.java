package org.percorsi.proposals.queries;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.percorsi.proposals.ProposalState;
import org.percorsi.shared.web.RequestMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The viewer's own side of proposals, for the parts of a page kept for every participant: one statement each,
 * outside any transaction. A class of its own because {@link ProposalQueries} is transactional as a whole: its
 * interceptor, asked by each of a kept proposal page's four parts for the same answer, was a twentieth of the page's
 * time (Flight Recorder, issue #18). Callers check that the viewer may see the proposal, as for
 * {@link ProposalQueries}.
 */
@Service
public class ViewerSides {

    private final JdbcClient jdbc;

    ViewerSides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The viewer's side of a proposal, and its supports as of now (the page kept for everyone may be seconds old). */
    public record ViewerState(boolean open, boolean supported, boolean followed, boolean author, int supports) {}

    /** The viewer's own side of a proposal, in one query (for the parts of a page kept for every participant). */
    public Optional<ViewerState> viewerState(long proposalId, long viewer) {
        // asked by each of the page's own parts (following, support): once per request
        return RequestMemo.get(
                "proposal-viewer-state:" + proposalId + ":" + viewer, () -> readViewerState(proposalId, viewer));
    }

    private Optional<ViewerState> readViewerState(long proposalId, long viewer) {
        return jdbc.sql("select p.state, st.support_count, p.author_id = :viewer as author, "
                        + "exists (select 1 from proposal_support s where s.proposal_id = p.id and s.account_id = :viewer) as supported, "
                        + "exists (select 1 from proposal_follower f where f.proposal_id = p.id and f.account_id = :viewer) as followed "
                        + "from proposal p" + SupportTally.join("p") + "where p.id = :id")
                .param("id", proposalId)
                .param("viewer", viewer)
                .query((rs, n) -> new ViewerState(
                        ProposalState.valueOf(rs.getString("state")).isOpen(),
                        rs.getBoolean("supported"),
                        rs.getBoolean("followed"),
                        rs.getBoolean("author"),
                        rs.getInt("support_count")))
                .optional();
    }

    /** Of these comments, those this account may still edit (their own, shown, recent), with their text. */
    public record EditableComment(long proposalId, String bodyHtml) {}

    public Map<Long, EditableComment> editableBy(long viewer, Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select c.id, c.proposal_id, c.body_html from proposal_comment c where c.id in (:ids) and "
                        + ProposalQueries.EDITABLE)
                .param("ids", commentIds)
                .param("viewer", viewer)
                .query((rs, n) -> Map.entry(
                        rs.getLong("id"), new EditableComment(rs.getLong("proposal_id"), rs.getString("body_html"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
