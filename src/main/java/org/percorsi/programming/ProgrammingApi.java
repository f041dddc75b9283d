package org.percorsi.programming;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.percorsi.shared.richtext.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of the programming. DUP objectives and intervention
 * sheets are public pages, for everyone: what is indexed of them is what those
 * pages show (an intervention's linked proposals, filtered there by visibility, are not).
 */
@Service
@Transactional(readOnly = true)
public class ProgrammingApi {

    private final JdbcClient jdbc;

    ProgrammingApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An objective (any level of the tree, down to actions) as search indexes it; its page is /programming/objectives/{id}. */
    public record IndexableObjective(long id, String title) {
    }

    public List<Long> cycleIds() {
        return jdbc.sql("select id from programming_cycle order by id").query(Long.class).list();
    }

    public List<IndexableObjective> indexableObjectives(long cycleId) {
        return jdbc.sql("select id, title_text from objective_node where cycle_id = :c order by id").param("c", cycleId)
                .query((rs, n) -> new IndexableObjective(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * An objective of the cycle whose text matches a LIKE pattern ({@code "Il centro storico%"}), actions
     * first: for loaders of a known table (the demo), which link to it by its words.
     */
    public Optional<Long> objectiveLike(long cycleId, String titlePattern) {
        return jdbc.sql("select id from objective_node where cycle_id = :c and title_text like :t order by level, id limit 1")
                .param("c", cycleId).param("t", titlePattern).query(Long.class).optional();
    }

    /** An intervention's sheet as search indexes it: its texts and its activities; its page is /interventions/{id}. */
    public record IndexableIntervention(long id, String title, String text) {
    }

    public Optional<IndexableIntervention> indexableIntervention(long interventionId) {
        return indexableInterventions("where i.id = :id", interventionId).stream().findFirst();
    }

    public List<IndexableIntervention> indexableInterventions() {
        return indexableInterventions("", null);
    }

    private List<IndexableIntervention> indexableInterventions(String condition, Long id) {
        var query = jdbc.sql("""
                select i.id, i.title, i.summary_html, i.objectives_html, i.responsible_office, i.partners,
                       (select string_agg(a.title, ' ' order by a.id) from intervention_activity a
                        where a.intervention_id = i.id) as activities
                from intervention i""" + " " + condition + " order by i.id");
        if (id != null) {
            query = query.param("id", id);
        }
        return query.query((rs, n) -> new IndexableIntervention(rs.getLong("id"), rs.getString("title"),
                        Stream.of(RichText.plainText(rs.getString("summary_html")),
                                RichText.plainText(rs.getString("objectives_html")), rs.getString("responsible_office"),
                                rs.getString("partners"), rs.getString("activities"))
                                .filter(text -> text != null && !text.isBlank())
                                .collect(Collectors.joining(" "))))
                .list();
    }
}
