package org.percorsi.proposals.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.proposals.NeedFunnel;
import org.percorsi.proposals.NeedFunnel.Linked;
import org.percorsi.proposals.NeedFunnel.Need;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The links from ideas to the needs they answer, read for a proposal's page (both ways) and for a neighbourhood's
 * funnel. Proposals of phases hidden from the viewer are left out, as everywhere.
 */
@Component
public class NeedLinkQueries {

    /** Where {@link #LINKED} finds the counter. */
    private static final String TALLY = SupportTally.join("p");

    private static final String LINKED = "p.id, p.kind, p.title, p.state, st.support_count ";
    /** No proposal has id 0: stands for "no hidden phase", so that the query keeps one shape. */
    private static final List<Long> NONE = List.of(0L);

    private final JdbcClient jdbc;

    NeedLinkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a proposal is linked to: the needs an idea answers, or the ideas that answer a need; only those in the
     * phases of its process the viewer sees (links never leave a process).
     */
    public List<Linked> linkedTo(long proposalId, List<Long> visiblePhases) {
        return jdbc.sql("select " + LINKED + """
                         from proposal_need_link l
                         join proposal p on p.id = case when l.idea_id = :id then l.need_id else l.idea_id end
                         """ + TALLY + """
                         where (l.idea_id = :id or l.need_id = :id) and p.phase_id in (:visible)
                         order by p.title, p.id""")
                .param("id", proposalId)
                .param("visible", orNone(visiblePhases))
                .query(NeedLinkQueries::linked)
                .list();
    }

    /** The needs of a process an idea may be linked to, for the facilitators' form. */
    public List<Linked> needsOf(long processId, int limit) {
        return jdbc.sql("select " + LINKED + """
                         from proposal p""" + TALLY + """
                         where p.process_id = :process and p.kind = 'NEED' and p.state <> 'WITHDRAWN'
                         order by p.title, p.id limit :limit""")
                .param("process", processId)
                .param("limit", limit)
                .query(NeedLinkQueries::linked)
                .list();
    }

    /** The needs and ideas of a process in these places, in three queries whatever their number. */
    public NeedFunnel funnel(long processId, Collection<Long> scopeIds, List<Long> hiddenPhases) {
        if (scopeIds.isEmpty()) {
            return new NeedFunnel(List.of(), List.of());
        }
        Map<String, Object> params =
                Map.of("process", processId, "scopes", List.copyOf(scopeIds), "hidden", orNone(hiddenPhases));
        String inPlace = " from proposal p" + TALLY + "where p.process_id = :process and p.scope_id in (:scopes)"
                + " and p.phase_id not in (:hidden) and p.state <> 'WITHDRAWN'";
        List<Linked> needs = jdbc.sql("select " + LINKED + inPlace
                        + " and p.kind = 'NEED' order by st.support_count desc, p.created_at, p.id")
                .params(params)
                .query(NeedLinkQueries::linked)
                .list();
        List<Linked> ideas = jdbc.sql("select " + LINKED + inPlace
                        + " and p.kind <> 'NEED' order by st.support_count desc, p.created_at, p.id")
                .params(params)
                .query(NeedLinkQueries::linked)
                .list();
        Map<Long, List<Linked>> ideasOfNeed = new LinkedHashMap<>();
        needs.forEach(n -> ideasOfNeed.put(n.id(), new ArrayList<>()));
        if (!needs.isEmpty()) {
            // the ideas answering these needs, wherever they were written (a city-wide idea may answer them)
            jdbc.sql("select l.need_id, " + LINKED + """
                             from proposal_need_link l join proposal p on p.id = l.idea_id
                             """ + TALLY + """
                             where l.need_id in (:needs) and p.phase_id not in (:hidden) and p.state <> 'WITHDRAWN'
                             order by p.title, p.id""")
                    .param("needs", List.copyOf(ideasOfNeed.keySet()))
                    .param("hidden", orNone(hiddenPhases))
                    .query(rs -> {
                        ideasOfNeed.get(rs.getLong("need_id")).add(linked(rs, 0));
                    });
        }
        return new NeedFunnel(
                needs.stream()
                        .map(n -> new Need(n, List.copyOf(ideasOfNeed.get(n.id()))))
                        .toList(),
                ideas);
    }

    private static Linked linked(ResultSet rs, int row) throws SQLException {
        return new Linked(
                rs.getLong("id"),
                ProposalKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                ProposalState.valueOf(rs.getString("state")),
                rs.getInt("support_count"));
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? NONE : ids;
    }
}
