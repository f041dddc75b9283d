package org.percorsi.programming;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.percorsi.processes.ProcessesForApi;
import org.percorsi.shared.richtext.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interventions for the read-only REST API: public pages for everyone, with their budget per funding source,
 * their milestones reached, and the proposals they carry out that the caller may see (of a visible process,
 * outside reserved phases unless in the caller's area, {@link ProcessesForApi}).
 */
@Service
@Transactional(readOnly = true)
public class InterventionsForApi {

    private static final String VISIBLE_PROPOSAL =
            """
            exists (select 1 from process_summary p where p.id = ps.process_id and %s)
            and exists (select 1 from phase_summary ph where ph.id = ps.phase_id and %s)""".formatted(ProcessesForApi.VISIBLE_PROCESS, ProcessesForApi.VISIBLE_PHASE);

    /** An intervention's progress, on {@code intervention i}, for the API and the open data alike. */
    static final String MILESTONE_COUNTS = """
            (select count(*) from intervention_milestone m where m.intervention_id = i.id) as milestones,
            (select count(*) from intervention_milestone m
             where m.intervention_id = i.id and m.reached_on is not null) as reached""";

    private static final String SELECT = """
            select i.id, i.title, i.summary_html, i.status, i.responsible_office,
                   array(select b.funding_source || '=' || sum(b.amount) from intervention_budget_line b
                         where b.intervention_id = i.id group by b.funding_source order by b.funding_source) as funding,
                   %s,
                   array(select ps.id from intervention_proposal ip join proposal_summary ps on ps.id = ip.proposal_id
                         where ip.intervention_id = i.id and %s order by ps.id) as proposals
            from intervention i""".formatted(MILESTONE_COUNTS, VISIBLE_PROPOSAL);

    public record Funding(String source, BigDecimal amount) {}

    public record ApiIntervention(
            long id,
            String title,
            String summary,
            InterventionStatus status,
            String responsibleOffice,
            List<Funding> funding,
            int milestones,
            int milestonesReached,
            List<Long> proposalIds) {}

    private final JdbcClient jdbc;

    InterventionsForApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ApiIntervention> page(Set<Long> area, long after, int limit) {
        return jdbc.sql(SELECT + " where i.id > :after order by i.id limit :limit")
                .param("area", area.toArray(Long[]::new))
                .param("after", after)
                .param("limit", limit)
                .query((rs, n) -> intervention(rs))
                .list();
    }

    public Optional<ApiIntervention> one(Set<Long> area, long id) {
        return jdbc.sql(SELECT + " where i.id = :id")
                .param("area", area.toArray(Long[]::new))
                .param("id", id)
                .query((rs, n) -> intervention(rs))
                .optional();
    }

    private static ApiIntervention intervention(ResultSet rs) throws SQLException {
        List<Funding> funding = new ArrayList<>();
        for (String pair : (String[]) rs.getArray("funding").getArray()) {
            int at = pair.lastIndexOf('=');
            funding.add(new Funding(pair.substring(0, at), new BigDecimal(pair.substring(at + 1))));
        }
        return new ApiIntervention(
                rs.getLong("id"),
                rs.getString("title"),
                RichText.plainText(rs.getString("summary_html")),
                InterventionStatus.valueOf(rs.getString("status")),
                rs.getString("responsible_office"),
                funding,
                rs.getInt("milestones"),
                rs.getInt("reached"),
                Arrays.asList((Long[]) rs.getArray("proposals").getArray()));
    }
}
