package org.percorsi.programming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.percorsi.programming.domain.InterventionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the programming. DUP objectives and intervention
 * sheets are public pages, for everyone: what is indexed of them is what those
 * pages show (an intervention's linked proposals, filtered there by visibility, are not).
 * A change of an intervention carries what search needs in {@link InterventionChanged};
 * the reads here are for indexing what existed before (backfill) and for a cycle's
 * objectives after an import ({@link DupImported}).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammingApi {

    private final JdbcClient jdbc;
    private final InterventionStore interventions;

    ProgrammingApi(JdbcClient jdbc, InterventionStore interventions) {
        this.jdbc = jdbc;
        this.interventions = interventions;
    }

    /** An objective (any level of the tree, down to actions) as search indexes it; its page is /programming/objectives/{id}. */
    public record IndexableObjective(long id, String title) {}

    public List<Long> cycleIds() {
        return jdbc.sql("select id from programming_cycle order by id")
                .query(Long.class)
                .list();
    }

    public List<IndexableObjective> indexableObjectives(long cycleId) {
        return jdbc.sql("select id, title_text from objective_node where cycle_id = :c order by id")
                .param("c", cycleId)
                .query((rs, n) -> new IndexableObjective(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /**
     * An objective of the cycle whose text matches a LIKE pattern ({@code "Il centro storico%"}), actions
     * first: for loaders of a known table (the demo), which link to it by its words.
     */
    public Optional<Long> objectiveLike(long cycleId, String titlePattern) {
        return jdbc.sql(
                        "select id from objective_node where cycle_id = :c and title_text like :t order by level, id limit 1")
                .param("c", cycleId)
                .param("t", titlePattern)
                .query(Long.class)
                .optional();
    }

    /** An intervention's sheet as search indexes it: its texts and its activities; its page is /interventions/{id}. */
    public record IndexableIntervention(long id, String title, String text) {}

    /** Every intervention, as search indexes it (changes come with {@link InterventionChanged}). */
    public List<IndexableIntervention> indexableInterventions() {
        return interventions.searchable().stream()
                .map(i -> new IndexableIntervention(i.id(), i.title(), i.text()))
                .toList();
    }

    /** A DUP objective or action a proposal is linked to; its page is /programming/objectives/{id}. */
    public record ObjectiveRef(long id, String title) {}

    /** The objectives each of these proposals is linked to, in one query (public, like the objectives' pages). */
    public Map<Long, List<ObjectiveRef>> objectivesOf(Collection<Long> proposalIds) {
        var found = new HashMap<Long, List<ObjectiveRef>>();
        if (!proposalIds.isEmpty()) {
            jdbc.sql("""
                    select l.proposal_id, n.id, n.title_text from proposal_objective_link l
                    join objective_node n on n.id = l.node_id where l.proposal_id = any(:ids)
                    order by l.proposal_id, l.linked_at, n.id""").param("ids", proposalIds.toArray(Long[]::new)).query(rs -> {
                found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ObjectiveRef(rs.getLong(2), rs.getString(3)));
            });
        }
        return found;
    }
}
