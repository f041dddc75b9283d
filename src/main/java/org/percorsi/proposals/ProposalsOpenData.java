package org.percorsi.proposals;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.percorsi.processes.ProcessesOpenData;
import org.percorsi.proposals.ProposalsForApi.ApiProposal;
import org.percorsi.shared.database.StreamedRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public record of proposals for the open data, as a visitor who is not signed in sees it whoever asks:
 * proposals of public processes, out of reserved phases, with their current answer. The author is given as
 * the account's id only for the caller to turn into a pseudonym, and not at all once the account was deleted.
 * Streamed from a cursor, so that tens of thousands of proposals never sit in memory.
 */
@Service
public class ProposalsOpenData {

    /** Proposals a visitor may read: of a public process, in a phase that is not reserved. */
    static final String PUBLIC_PROPOSAL = """
            exists (select 1 from process_summary p where p.id = pr.process_id and %s)
            and exists (select 1 from phase_summary ph where ph.id = pr.phase_id and not ph.reserved)""".formatted(ProcessesOpenData.PUBLIC_PROCESS);

    /**
     * A public proposal, read as the REST API reads it ({@link ProposalRows}); {@code authorAccountId} is null for a
     * deleted account or one typed in from paper.
     */
    public record PublicProposal(ApiProposal proposal, Long authorAccountId) {}

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    ProposalsOpenData(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    @Transactional(readOnly = true)
    public void eachPublicProposal(Consumer<PublicProposal> rows) {
        StreamedRows.each(
                jdbc,
                """
                            select %s, case when author.deleted then null else pr.author_id end as author_id
                            from proposal pr %s %s left join account_display_name author on author.id = pr.author_id
                            where %s order by pr.id""".formatted(ProposalRows.COLUMNS, ProposalRows.TALLY_JOIN, ProposalRows.ANSWER_JOIN, PUBLIC_PROPOSAL),
                rs -> new PublicProposal(ProposalRows.proposal(rs), (Long) rs.getObject("author_id")),
                rows);
    }

    /** The current answers of those of these proposals a visitor may read (one query). */
    @Transactional(readOnly = true)
    public Map<Long, Answer> publicAnswers(Collection<Long> proposalIds) {
        Map<Long, Answer> answers = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return answers;
        }
        client.sql("select pr.id as proposal_id, %s from proposal pr %s where pr.id = any(:ids) and %s"
                        .formatted(ProposalRows.ANSWER_COLUMNS, ProposalRows.ANSWER_JOIN, PUBLIC_PROPOSAL))
                .param("ids", proposalIds.toArray(Long[]::new))
                .query(rs -> {
                    Answer answer = Answer.read(rs);
                    if (answer != null) {
                        answers.put(rs.getLong("proposal_id"), answer);
                    }
                });
        return answers;
    }
}
