package org.percorsi.programming.queries;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.programming.InterventionStatus;
import org.percorsi.programming.ObjectiveLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interventions as their sheet, lists and the accountability pages show them. Proposals and their processes
 * are read in the views the proposals and processes modules publish, filtered by what the viewer may see.
 */
@Service
@Transactional(readOnly = true)
public class InterventionQueries {

    private final JdbcClient jdbc;
    private final ProcessesApi processes;

    InterventionQueries(JdbcClient jdbc, ProcessesApi processes) {
        this.jdbc = jdbc;
        this.processes = processes;
    }

    public record Summary(
            long id,
            String title,
            InterventionStatus status,
            BigDecimal budget,
            BigDecimal granted,
            int milestones,
            int reached) {

        /** Share of milestones reached, 0–100. */
        public int progress() {
            return milestones == 0 ? 0 : reached * 100 / milestones;
        }
    }

    private static final String SUMMARY = """
            select i.id, i.title, i.status,
                   coalesce((select sum(amount) from intervention_budget_line b where b.intervention_id = i.id), 0) as budget,
                   coalesce((select sum(granted_amount) from funding_application a where a.intervention_id = i.id
                             and a.outcome = 'GRANTED'), 0) as granted,
                   (select count(*) from intervention_milestone m where m.intervention_id = i.id) as milestones,
                   (select count(*) from intervention_milestone m where m.intervention_id = i.id and m.reached_on is not null) as reached
            from intervention i""";

    public List<Summary> list() {
        return jdbc.sql(SUMMARY + " order by i.updated_at desc, i.id desc limit 500")
                .query(InterventionQueries::summary)
                .list();
    }

    /** For each proposal, the interventions that carry it out. */
    public Map<Long, List<Summary>> forProposals(Collection<Long> proposalIds) {
        Map<Long, List<Summary>> result = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select ip.proposal_id, s.* from intervention_proposal ip join (" + SUMMARY
                        + ") s on s.id = ip.intervention_id where ip.proposal_id = any(:ids) order by s.id")
                .param("ids", proposalIds.toArray(Long[]::new))
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("proposal_id"), k -> new ArrayList<>())
                            .add(summary(rs, 0));
                });
        return result;
    }

    private static Summary summary(ResultSet rs, int n) throws SQLException {
        return new Summary(
                rs.getLong("id"),
                rs.getString("title"),
                InterventionStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("budget"),
                rs.getBigDecimal("granted"),
                rs.getInt("milestones"),
                rs.getInt("reached"));
    }

    public record Activity(long id, String title, LocalDate startsOn, LocalDate endsOn) {}

    public record BudgetLine(String description, String fundingSource, BigDecimal amount) {}

    public record Milestone(long id, String title, LocalDate dueOn, LocalDate reachedOn) {}

    public record Measure(LocalDate on, BigDecimal value) {}

    public record Indicator(
            long id, String name, String unit, BigDecimal baseline, BigDecimal target, List<Measure> values) {

        public BigDecimal latest() {
            return values.isEmpty() ? null : values.get(values.size() - 1).value();
        }
    }

    public record Application(
            long callId,
            String callTitle,
            String funder,
            LocalDate deadline,
            BigDecimal requested,
            LocalDate submittedOn,
            String outcome,
            BigDecimal granted,
            String note) {}

    public record LinkedProposal(long id, String title, String processTitle) {}

    public record LinkedNode(long id, ObjectiveLevel level, String titleText, String cycleTitle) {}

    public record Sheet(
            Summary summary,
            String summaryHtml,
            String objectivesHtml,
            String responsibleOffice,
            String partners,
            List<String> scopes,
            List<LinkedProposal> proposals,
            List<LinkedNode> nodes,
            List<Activity> activities,
            List<BudgetLine> budget,
            Map<String, BigDecimal> bySource,
            List<Milestone> milestones,
            List<Indicator> indicators,
            List<Application> applications) {}

    public Optional<Sheet> sheet(long id) {
        var summary = jdbc.sql(SUMMARY + " where i.id = :id")
                .param("id", id)
                .query(InterventionQueries::summary)
                .optional();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        var row = jdbc.sql(
                        "select summary_html, objectives_html, responsible_office, partners from intervention where id = :id")
                .param("id", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
        var scopes = jdbc.sql(
                        "select s.name from intervention_scope x join scope_label s on s.id = x.scope_id where x.intervention_id = :id order by s.name")
                .param("id", id)
                .query(String.class)
                .list();
        var proposals = jdbc.sql("""
                select p.id, p.title, pr.title from intervention_proposal ip join proposal_summary p on p.id = ip.proposal_id
                join process_summary pr on pr.id = p.process_id where ip.intervention_id = :id
                  and p.process_id = any(:processes) and not (p.phase_id = any(:hidden)) order by p.id""")
                .param("id", id)
                .param("processes", processes.visibleProcessIds().toArray(Long[]::new))
                .param("hidden", processes.hiddenPhaseIds().toArray(Long[]::new))
                .query((rs, n) -> new LinkedProposal(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        var nodes = jdbc.sql("""
                select n.id, n.level, n.title_text, c.title from intervention_node x join objective_node n on n.id = x.node_id
                join programming_cycle c on c.id = n.cycle_id where x.intervention_id = :id order by n.id""")
                .param("id", id)
                .query((rs, n) -> new LinkedNode(
                        rs.getLong(1), ObjectiveLevel.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .list();
        var activities = jdbc.sql(
                        "select id, title, starts_on, ends_on from intervention_activity where intervention_id = :id order by starts_on nulls last, id")
                .param("id", id)
                .query((rs, n) ->
                        new Activity(rs.getLong(1), rs.getString(2), date(rs.getDate(3)), date(rs.getDate(4))))
                .list();
        var budget = jdbc.sql(
                        "select description, funding_source, amount from intervention_budget_line where intervention_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new BudgetLine(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
        Map<String, BigDecimal> bySource = new LinkedHashMap<>();
        budget.forEach(line -> bySource.merge(line.fundingSource(), line.amount(), BigDecimal::add));
        var milestones = jdbc.sql(
                        "select id, title, due_on, reached_on from intervention_milestone where intervention_id = :id order by due_on, id")
                .param("id", id)
                .query((rs, n) ->
                        new Milestone(rs.getLong(1), rs.getString(2), date(rs.getDate(3)), date(rs.getDate(4))))
                .list();
        Map<Long, List<Measure>> values = new HashMap<>();
        jdbc.sql("""
                select v.indicator_id, v.measured_on, v.value from intervention_indicator_value v
                join intervention_indicator x on x.id = v.indicator_id where x.intervention_id = :id order by v.measured_on""").param("id", id).query(rs -> {
            values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Measure(date(rs.getDate(2)), rs.getBigDecimal(3)));
        });
        var indicators = jdbc.sql(
                        "select id, name, unit, baseline, target from intervention_indicator where intervention_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new Indicator(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        values.getOrDefault(rs.getLong(1), List.of())))
                .list();
        var applications = jdbc.sql("""
                select a.call_id, c.title, c.funder, c.deadline, a.requested_amount, a.submitted_on, a.outcome,
                       a.granted_amount, a.outcome_note
                from funding_application a join funding_call c on c.id = a.call_id where a.intervention_id = :id order by a.submitted_on""")
                .param("id", id)
                .query((rs, n) -> new Application(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        date(rs.getDate(4)),
                        rs.getBigDecimal(5),
                        date(rs.getDate(6)),
                        rs.getString(7),
                        rs.getBigDecimal(8),
                        rs.getString(9)))
                .list();
        return Optional.of(new Sheet(
                summary.get(),
                row[0],
                row[1],
                row[2],
                row[3],
                scopes,
                proposals,
                nodes,
                activities,
                budget,
                bySource,
                milestones,
                indicators,
                applications));
    }

    public List<Long> scopeIds(long id) {
        return jdbc.sql("select scope_id from intervention_scope where intervention_id = :id order by scope_id")
                .param("id", id)
                .query(Long.class)
                .list();
    }

    public record Call(
            long id,
            String title,
            String funder,
            LocalDate deadline,
            BigDecimal total,
            BigDecimal maxPerProject,
            String requirements,
            String url) {}

    public List<Call> calls() {
        return jdbc.sql("select * from funding_call order by deadline desc, id desc limit 500")
                .query((rs, n) -> new Call(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("funder"),
                        date(rs.getDate("deadline")),
                        rs.getBigDecimal("total_amount"),
                        rs.getBigDecimal("max_per_project"),
                        rs.getString("requirements"),
                        rs.getString("url")))
                .list();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
