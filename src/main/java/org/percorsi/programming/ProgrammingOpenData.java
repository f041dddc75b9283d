package org.percorsi.programming;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.percorsi.processes.ProcessesOpenData;
import org.percorsi.shared.database.StreamedRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public record of the programming for the open data: the DUP objectives (public pages for everyone) with
 * the proposals linked to them that a visitor who is not signed in may read, and the interventions with their
 * budget per funding source and their progress. Streamed from a cursor.
 */
@Service
public class ProgrammingOpenData {

    /** A linked proposal a visitor may read: of a public process, outside reserved phases. */
    private static final String PUBLIC_PROPOSAL = """
            exists (select 1 from process_summary p where p.id = ps.process_id and %s)
            and exists (select 1 from phase_summary ph where ph.id = ps.phase_id and not ph.reserved)""".formatted(ProcessesOpenData.PUBLIC_PROCESS);

    /** An objective of the tree, once per public proposal linked to it (proposal fields null when none is). */
    public record ObjectiveLink(
            long cycleId,
            String cycleTitle,
            long objectiveId,
            Long parentId,
            ObjectiveLevel level,
            String missionCode,
            String programmeCode,
            String title,
            Long proposalId,
            String proposalTitle,
            String proposalState) {}

    /** An intervention with the money one funding source brings (source and amount null without a budget). */
    public record InterventionFunding(
            long interventionId,
            String title,
            InterventionStatus status,
            String responsibleOffice,
            String fundingSource,
            BigDecimal amount,
            int milestones,
            int milestonesReached) {}

    private final JdbcTemplate jdbc;

    ProgrammingOpenData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public void eachObjectiveLink(Consumer<ObjectiveLink> rows) {
        StreamedRows.each(
                jdbc,
                """
                            select c.id as cycle_id, c.title as cycle_title, n.id, n.parent_id, n.level, n.mission_code,
                                   n.programme_code, n.title_text, ps.id as proposal_id, ps.title as proposal_title,
                                   ps.state as proposal_state
                            from objective_node n join programming_cycle c on c.id = n.cycle_id
                                 left join (proposal_objective_link l join proposal_summary ps on ps.id = l.proposal_id
                                            and %s) on l.node_id = n.id
                            order by c.id, n.id, ps.id""".formatted(PUBLIC_PROPOSAL),
                rs -> new ObjectiveLink(
                        rs.getLong("cycle_id"),
                        rs.getString("cycle_title"),
                        rs.getLong("id"),
                        (Long) rs.getObject("parent_id"),
                        ObjectiveLevel.valueOf(rs.getString("level")),
                        rs.getString("mission_code"),
                        rs.getString("programme_code"),
                        rs.getString("title_text"),
                        (Long) rs.getObject("proposal_id"),
                        rs.getString("proposal_title"),
                        rs.getString("proposal_state")),
                rows);
    }

    @Transactional(readOnly = true)
    public void eachInterventionFunding(Consumer<InterventionFunding> rows) {
        StreamedRows.each(
                jdbc,
                """
                            select i.id, i.title, i.status, i.responsible_office, b.funding_source, b.amount, %s
                            from intervention i
                                 left join (select intervention_id, funding_source, sum(amount) as amount
                                            from intervention_budget_line group by intervention_id, funding_source) b
                                        on b.intervention_id = i.id
                            order by i.id, b.funding_source""".formatted(InterventionsForApi.MILESTONE_COUNTS),
                rs -> new InterventionFunding(
                        rs.getLong("id"),
                        rs.getString("title"),
                        InterventionStatus.valueOf(rs.getString("status")),
                        rs.getString("responsible_office"),
                        rs.getString("funding_source"),
                        rs.getBigDecimal("amount"),
                        rs.getInt("milestones"),
                        rs.getInt("reached")),
                rows);
    }
}
