package org.percorsi.proposals;

import java.util.Optional;
import org.percorsi.shared.richtext.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of proposals. */
@Service
@Transactional(readOnly = true)
public class ProposalsApi {

    private final JdbcClient jdbc;
    private final org.percorsi.processes.ProcessesApi processes;
    private final org.percorsi.accounts.AccountsApi accounts;

    ProposalsApi(JdbcClient jdbc, org.percorsi.processes.ProcessesApi processes, org.percorsi.accounts.AccountsApi accounts) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.accounts = accounts;
    }

    /**
     * Which of these people may read the proposal now (its process and phase visible to them): notifications
     * about it go to them only.
     */
    public java.util.Set<Long> readersAmong(long proposalId, java.util.Collection<Long> accountIds) {
        record Place(long processId, long phaseId) {
        }
        return jdbc.sql("select process_id, phase_id from proposal where id = :id").param("id", proposalId)
                .query((rs, n) -> new Place(rs.getLong("process_id"), rs.getLong("phase_id"))).optional()
                .map(place -> processes.whoMaySee(place.processId(), place.phaseId(), accountIds,
                        accounts.administratorsAmong(accountIds)))
                .orElse(java.util.Set.of());
    }

    /** What search indexes of a proposal; visibility is checked when searching, from its process and phase. */
    public record Indexable(long id, long processId, long phaseId, String title, String text) {
    }

    /** What a notification about a proposal needs: its title, its author and the people following it. */
    public record Audience(long proposalId, String title, Long authorId, java.util.List<Long> followerIds) {
    }

    public Optional<Audience> audience(long proposalId) {
        var followers = jdbc.sql("select account_id from proposal_follower where proposal_id = :id order by account_id")
                .param("id", proposalId).query(Long.class).list();
        return jdbc.sql("select title, author_id from proposal where id = :id").param("id", proposalId)
                .query((rs, n) -> new Audience(proposalId, rs.getString("title"), (Long) rs.getObject("author_id"),
                        followers))
                .optional();
    }

    public Optional<Indexable> indexable(long proposalId) {
        return jdbc.sql("select id, process_id, phase_id, title, body_html, answer_html from proposal where id = :id")
                .param("id", proposalId)
                .query((rs, n) -> new Indexable(rs.getLong("id"), rs.getLong("process_id"), rs.getLong("phase_id"),
                        rs.getString("title"), RichText.plainText(rs.getString("body_html")) + " "
                                + RichText.plainText(rs.getString("answer_html"))))
                .optional();
    }
}
