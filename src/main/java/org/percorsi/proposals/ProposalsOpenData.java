package org.percorsi.proposals;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.percorsi.processes.ProcessesOpenData;
import org.percorsi.shared.database.StreamedRows;
import org.percorsi.shared.richtext.RichText;
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

    /** A public proposal; {@code authorAccountId} is null for a deleted account or one typed in from paper. */
    public record PublicProposal(
            long id,
            long processId,
            long phaseId,
            ProposalKind kind,
            String title,
            String text,
            Long authorAccountId,
            Long themeId,
            Long scopeId,
            int supports,
            int comments,
            Instant createdAt,
            ProposalState state,
            Answer answer) {}

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
                            select pr.id, pr.process_id, pr.phase_id, pr.kind, pr.title, pr.body_html,
                                   case when author.deleted then null else pr.author_id end as author_id,
                                   pr.theme_id, pr.scope_id, pr.support_count, pr.comment_count, pr.created_at,
                                   pr.state, %s
                            from proposal pr left join account_display_name author on author.id = pr.author_id
                            %s
                            where %s order by pr.id""".formatted(COLUMNS, JOIN, PUBLIC_PROPOSAL),
                rs -> new PublicProposal(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        rs.getLong("phase_id"),
                        ProposalKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        RichText.plainText(rs.getString("body_html")),
                        (Long) rs.getObject("author_id"),
                        (Long) rs.getObject("theme_id"),
                        (Long) rs.getObject("scope_id"),
                        rs.getInt("support_count"),
                        rs.getInt("comment_count"),
                        rs.getTimestamp("created_at").toInstant(),
                        ProposalState.valueOf(rs.getString("state")),
                        Answer.read(rs)),
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
                        .formatted(COLUMNS, JOIN, PUBLIC_PROPOSAL))
                .param("ids", proposalIds.toArray(Long[]::new))
                .query(rs -> {
                    Answer answer = Answer.read(rs);
                    if (answer != null) {
                        answers.put(rs.getLong("proposal_id"), answer);
                    }
                });
        return answers;
    }

    // the answer without who recorded it: a person's name is not part of the open data
    static final String JOIN = " left join proposal_answer a on a.id = pr.answer_id ";
    static final String COLUMNS =
            "a.id as answer_row_id, a.decision, a.motivation, a.merged_into as answer_merged_into, "
                    + "a.act_type, a.act_number, a.act_date, a.act_url, a.answered_at, null as answered_by_nickname";
}
