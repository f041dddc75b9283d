package org.percorsi.programming.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.percorsi.programming.InterventionStatus;
import org.percorsi.shared.richtext.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of interventions: the sheet, its areas, the proposals and DUP actions
 * behind it, activities, budget lines, milestones and indicators, and the count of
 * its changes; with the small reads its use cases need (does it exist, what search
 * indexes of it). The callers check that the intervention exists; the parts'
 * statements trust them.
 */
@Repository
public class InterventionStore {

    private final JdbcClient jdbc;

    InterventionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sheet's own columns, as they are saved (sanitised, stripped). */
    public record Sheet(
            String title,
            String summaryHtml,
            String objectivesHtml,
            String responsibleOffice,
            String partners,
            InterventionStatus status) {}

    public boolean exists(long id) {
        return jdbc.sql("select count(*) from intervention where id = :i")
                        .param("i", id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public long insert(Sheet sheet) {
        return bind(jdbc.sql("""
                insert into intervention (title, summary_html, objectives_html, responsible_office, partners, status)
                values (:t, :s, :o, :r, :p, :st) returning id"""), sheet).query(Long.class).single();
    }

    /** False when there is no such intervention. */
    public boolean update(long id, Sheet sheet) {
        return bind(jdbc.sql("""
                update intervention set title = :t, summary_html = :s, objectives_html = :o, responsible_office = :r,
                    partners = :p, status = :st, updated_at = now() where id = :id"""), sheet).param("id", id).update() > 0;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Sheet sheet) {
        return spec.param("t", sheet.title())
                .param("s", sheet.summaryHtml())
                .param("o", sheet.objectivesHtml())
                .param("r", sheet.responsibleOffice())
                .param("p", sheet.partners())
                .param("st", sheet.status().name());
    }

    /** The areas (scopes) the intervention concerns, replacing those it had. */
    public void replaceScopes(long id, List<Long> scopeIds) {
        jdbc.sql("delete from intervention_scope where intervention_id = :id")
                .param("id", id)
                .update();
        scopeIds.stream()
                .distinct()
                .forEach(scope -> jdbc.sql("insert into intervention_scope values (:i, :s)")
                        .param("i", id)
                        .param("s", scope)
                        .update());
    }

    /**
     * Moves the intervention on to this status unless it is already there or further on (dropped counts as
     * further on): funding events never take an intervention back.
     */
    public void advance(long id, InterventionStatus to) {
        List<String> earlier = Arrays.stream(InterventionStatus.values())
                .filter(s -> s.compareTo(to) < 0)
                .map(Enum::name)
                .toList();
        if (earlier.isEmpty()) {
            return;
        }
        jdbc.sql("update intervention set status = :to, updated_at = now() where id = :i and status in (:earlier)")
                .param("to", to.name())
                .param("i", id)
                .param("earlier", earlier)
                .update();
    }

    /** Whether the proposal exists (read in the proposals module's published view, for a clear message before linking). */
    public boolean proposalExists(long proposalId) {
        return jdbc.sql("select count(*) from proposal_summary where id = :p")
                        .param("p", proposalId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void linkProposal(long id, long proposalId) {
        jdbc.sql("insert into intervention_proposal values (:i, :p) on conflict do nothing")
                .param("i", id)
                .param("p", proposalId)
                .update();
    }

    public void linkNode(long id, long nodeId) {
        jdbc.sql("insert into intervention_node values (:i, :n) on conflict do nothing")
                .param("i", id)
                .param("n", nodeId)
                .update();
    }

    public long addActivity(long id, String title, LocalDate starts, LocalDate ends) {
        return jdbc.sql(
                        "insert into intervention_activity (intervention_id, title, starts_on, ends_on) values (:i, :t, :s, :e) returning id")
                .param("i", id)
                .param("t", title)
                .param("s", starts)
                .param("e", ends)
                .query(Long.class)
                .single();
    }

    public long addBudgetLine(long id, String description, String fundingSource, BigDecimal amount) {
        return jdbc.sql("""
                insert into intervention_budget_line (intervention_id, description, funding_source, amount)
                values (:i, :d, :s, :a) returning id""")
                .param("i", id)
                .param("d", description)
                .param("s", fundingSource)
                .param("a", amount)
                .query(Long.class)
                .single();
    }

    public long addMilestone(long id, String title, LocalDate due) {
        return jdbc.sql(
                        "insert into intervention_milestone (intervention_id, title, due_on) values (:i, :t, :d) returning id")
                .param("i", id)
                .param("t", title)
                .param("d", due)
                .query(Long.class)
                .single();
    }

    /** False when the milestone is not one of this intervention. */
    public boolean reachMilestone(long id, long milestone, LocalDate reached) {
        return jdbc.sql("update intervention_milestone set reached_on = :r where id = :m and intervention_id = :i")
                        .param("r", reached)
                        .param("m", milestone)
                        .param("i", id)
                        .update()
                > 0;
    }

    public long addIndicator(long id, String name, String unit, BigDecimal baseline, BigDecimal target) {
        return jdbc.sql("""
                insert into intervention_indicator (intervention_id, name, unit, baseline, target)
                values (:i, :n, :u, :b, :t) returning id""")
                .param("i", id)
                .param("n", name)
                .param("u", unit)
                .param("b", baseline)
                .param("t", target)
                .query(Long.class)
                .single();
    }

    public boolean hasIndicator(long id, long indicator) {
        return jdbc.sql("select count(*) from intervention_indicator where id = :x and intervention_id = :i")
                        .param("x", indicator)
                        .param("i", id)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A measured value of an indicator on a day; measuring the same day again corrects it. */
    public void measure(long indicator, LocalDate on, BigDecimal value) {
        jdbc.sql("""
                insert into intervention_indicator_value (indicator_id, measured_on, value) values (:x, :d, :v)
                on conflict (indicator_id, measured_on) do update set value = excluded.value""").param("x", indicator).param("d", on).param("v", value).update();
    }

    /** The count of an intervention's changes after this one, and the moment it was counted. */
    public record Change(long version, Instant at) {}

    /**
     * Counts a change of the intervention. The row is locked until the caller's transaction ends, so of two
     * changes of one intervention the later commit always has the higher version.
     */
    public Change recordChange(long id) {
        return jdbc.sql(
                        "update intervention set version = version + 1 where id = :id returning version, clock_timestamp()")
                .param("id", id)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .single();
    }

    /** What search indexes of an intervention: its title, and the texts of its sheet and of its activities. */
    public record Searchable(long id, String title, String text) {}

    public Optional<Searchable> searchable(long id) {
        return searchable("where i.id = :id", id).stream().findFirst();
    }

    public List<Searchable> searchable() {
        return searchable("", null);
    }

    private List<Searchable> searchable(String condition, Long id) {
        var query = jdbc.sql("""
                select i.id, i.title, i.summary_html, i.objectives_html, i.responsible_office, i.partners,
                       (select string_agg(a.title, ' ' order by a.id) from intervention_activity a
                        where a.intervention_id = i.id) as activities
                from intervention i""" + " " + condition + " order by i.id");
        if (id != null) {
            query = query.param("id", id);
        }
        return query.query((rs, n) -> new Searchable(
                        rs.getLong("id"),
                        rs.getString("title"),
                        Stream.of(
                                        RichText.plainText(rs.getString("summary_html")),
                                        RichText.plainText(rs.getString("objectives_html")),
                                        rs.getString("responsible_office"),
                                        rs.getString("partners"),
                                        rs.getString("activities"))
                                .filter(text -> text != null && !text.isBlank())
                                .collect(Collectors.joining(" "))))
                .list();
    }
}
