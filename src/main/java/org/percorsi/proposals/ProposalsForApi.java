package org.percorsi.proposals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.percorsi.processes.ProcessesForApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals and their answers for the read-only REST API, as the caller may see them: of a visible process, in a
 * phase that is not reserved or is in the caller's area ({@link ProcessesForApi}). The author is not given (the
 * open data gives a pseudonym, the pages a nickname: neither is needed to reuse the record), nor who recorded
 * the answer. Lists are pages of a keyset on the id, filtered in SQL.
 */
@Service
@Transactional(readOnly = true)
public class ProposalsForApi {

    private static final String VISIBLE = """
            exists (select 1 from process_summary p where p.id = pr.process_id and %s)
            and exists (select 1 from phase_summary ph where ph.id = pr.phase_id and %s)""".formatted(ProcessesForApi.VISIBLE_PROCESS, ProcessesForApi.VISIBLE_PHASE);

    private static final String SELECT =
            "select " + ProposalRows.COLUMNS + " from proposal pr" + ProposalRows.TALLY_JOIN + ProposalRows.ANSWER_JOIN;

    /** A proposal as the caller sees it; the open data publishes the public ones ({@link ProposalsOpenData}). */
    public record ApiProposal(
            long id,
            long processId,
            long phaseId,
            ProposalKind kind,
            String title,
            String text,
            Long themeId,
            Long scopeId,
            int supports,
            int comments,
            Instant createdAt,
            ProposalState state,
            Answer answer) {}

    /** Filters of a process's list; null means any. {@code text} is matched in the title and the text. */
    public record Filter(Long phaseId, ProposalKind kind, ProposalState state, Boolean answered, String text) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    private final JdbcClient jdbc;

    ProposalsForApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ApiProposal> pageOfProcess(Set<Long> area, long processId, Filter filter, long after, int limit) {
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : "%"
                        + filter.text()
                                .strip()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + " where pr.process_id = :process and " + VISIBLE + """
                         and pr.id > :after
                         and (cast(:phase as bigint) is null or pr.phase_id = :phase)
                         and (cast(:kind as text) is null or pr.kind = :kind)
                         and (cast(:state as text) is null or pr.state = :state)
                         and (cast(:answered as boolean) is null or (pr.answer_id is not null) = :answered)
                         and (cast(:text as text) is null or pr.title ilike :text
                              or regexp_replace(pr.body_html, '<[^>]*>', ' ', 'g') ilike :text)
                        order by pr.id limit :limit""")
                .param("area", area.toArray(Long[]::new))
                .param("process", processId)
                .param("after", after)
                .param("phase", filter.phaseId())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("state", filter.state() == null ? null : filter.state().name())
                .param("answered", filter.answered())
                .param("text", text)
                .param("limit", limit)
                .query((rs, n) -> ProposalRows.proposal(rs))
                .list();
    }

    public Optional<ApiProposal> one(Set<Long> area, long id) {
        return jdbc.sql(SELECT + " where pr.id = :id and " + VISIBLE)
                .param("area", area.toArray(Long[]::new))
                .param("id", id)
                .query((rs, n) -> ProposalRows.proposal(rs))
                .optional();
    }
}
