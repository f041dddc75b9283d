package org.percorsi.proposals;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.queries.NeedLinkQueries;
import org.percorsi.shared.richtext.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of proposals. */
@Service
@Transactional(readOnly = true)
public class ProposalsApi {

    private final JdbcClient jdbc;
    private final ProcessesApi processes;
    private final AccountsApi accounts;
    private final NeedLinkQueries needLinks;

    ProposalsApi(JdbcClient jdbc, ProcessesApi processes, AccountsApi accounts, NeedLinkQueries needLinks) {
        this.needLinks = needLinks;
        this.jdbc = jdbc;
        this.processes = processes;
        this.accounts = accounts;
    }

    /**
     * Which of these people may read the proposal now (its process and phase visible to them): notifications
     * about it go to them only.
     */
    public Set<Long> readersAmong(long proposalId, Collection<Long> accountIds) {
        record Place(long processId, long phaseId) {}
        return jdbc.sql("select process_id, phase_id from proposal where id = :id")
                .param("id", proposalId)
                .query((rs, n) -> new Place(rs.getLong("process_id"), rs.getLong("phase_id")))
                .optional()
                .map(place -> processes.whoMaySee(
                        place.processId(), place.phaseId(), accountIds, accounts.administratorsAmong(accountIds)))
                .orElse(Set.of());
    }

    /**
     * A proposal's place (process and phase), title and text (body and current answer, as plain text), read
     * now: for modules that look a proposal up (programming, to link it). Search gets the same in
     * {@link ProposalChanged}; visibility is the caller's check.
     */
    public record Indexable(long id, long processId, long phaseId, String title, String text) {}

    public Optional<Indexable> indexable(long proposalId) {
        return jdbc.sql("select p.id, p.process_id, p.phase_id, p.title, p.body_html, a.motivation from proposal p "
                        + "left join proposal_answer a on a.id = p.answer_id where p.id = :id")
                .param("id", proposalId)
                .query((rs, n) -> new Indexable(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        rs.getLong("phase_id"),
                        rs.getString("title"),
                        RichText.plainText(rs.getString("body_html")) + " "
                                + RichText.plainText(rs.getString("motivation"))))
                .optional();
    }

    /** A proposal as "what became of the proposals" lists it: its current answer, null while it has none. */
    public record Outcome(long id, String title, ProposalKind kind, ProposalState state, Answer answer) {

        public boolean answered() {
            return ProposalState.ANSWERS.contains(state);
        }
    }

    /**
     * The proposals of a process the viewer may see, oldest first, each with its current answer; narrowed to
     * one decision when given. Reserved phases hidden from the viewer are left out.
     */
    public List<Outcome> outcomes(long processId, ProposalState decision) {
        var visible = processes.visibleProcessIds();
        if (!visible.contains(processId)) {
            return List.of();
        }
        return jdbc.sql("select p.id, p.title, p.kind, p.state, " + Answer.COLUMNS + " from proposal p " + Answer.JOIN
                        + "where p.process_id = :process and not (p.phase_id = any(:hidden)) "
                        + "and (cast(:decision as text) is null or p.state = :decision) order by p.id limit 5000")
                .param("process", processId)
                .param("hidden", processes.hiddenPhaseIds().toArray(Long[]::new))
                .param("decision", decision == null ? null : decision.name())
                .query((rs, n) -> new Outcome(
                        rs.getLong("id"),
                        rs.getString("title"),
                        ProposalKind.valueOf(rs.getString("kind")),
                        ProposalState.valueOf(rs.getString("state")),
                        Answer.read(rs)))
                .list();
    }

    /**
     * These proposals, each with its current answer, among those the viewer may see (its process and phase
     * visible): one query for a page that lists proposals from elsewhere (a final document's items, citations).
     */
    public Map<Long, Outcome> visibleOutcomes(Collection<Long> proposalIds) {
        var found = new HashMap<Long, Outcome>();
        if (proposalIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select p.id, p.title, p.kind, p.state, " + Answer.COLUMNS + " from proposal p " + Answer.JOIN
                        + "where p.id = any(:ids) and p.process_id = any(:visible) and not (p.phase_id = any(:hidden))")
                .param("ids", proposalIds.toArray(Long[]::new))
                .param("visible", processes.visibleProcessIds().toArray(Long[]::new))
                .param("hidden", processes.hiddenPhaseIds().toArray(Long[]::new))
                .query(rs -> {
                    found.put(
                            rs.getLong("id"),
                            new Outcome(
                                    rs.getLong("id"),
                                    rs.getString("title"),
                                    ProposalKind.valueOf(rs.getString("kind")),
                                    ProposalState.valueOf(rs.getString("state")),
                                    Answer.read(rs)));
                });
        return found;
    }

    /** The municipality's answer to a proposal, as feeds announce it: the answer's row identifies it. */
    public record AnnouncedAnswer(
            long answerId,
            long proposalId,
            String proposalTitle,
            ProposalState decision,
            String motivationHtml,
            Instant answeredAt) {}

    /**
     * The current answers of the proposals the viewer may see (process and phase visible), latest first: of
     * one process, or of all when null. Only the municipality's decisions: not "under evaluation", nor an
     * author withdrawing.
     */
    public List<AnnouncedAnswer> recentAnswers(Long processId, int limit) {
        return jdbc.sql("select a.id as answer_id, p.id, p.title, a.decision, a.motivation, a.answered_at"
                        + " from proposal p join proposal_answer a on a.id = p.answer_id"
                        + " where p.process_id = any(:visible) and not (p.phase_id = any(:hidden))"
                        + " and a.decision not in ('UNDER_EVALUATION', 'WITHDRAWN')"
                        + " and (:all or p.process_id = :process)"
                        + " order by a.answered_at desc, a.id desc limit :limit")
                .param("visible", processes.visibleProcessIds().toArray(Long[]::new))
                .param("hidden", processes.hiddenPhaseIds().toArray(Long[]::new))
                .param("all", processId == null)
                .param("process", processId == null ? -1L : processId)
                .param("limit", limit)
                .query((rs, n) -> new AnnouncedAnswer(
                        rs.getLong("answer_id"),
                        rs.getLong("id"),
                        rs.getString("title"),
                        ProposalState.valueOf(rs.getString("decision")),
                        rs.getString("motivation"),
                        rs.getTimestamp("answered_at").toInstant()))
                .list();
    }

    /** Totals of what participants brought, for the operators' metrics: proposals, supports, visible comments. */
    public record Totals(long proposals, long supports, long comments) {}

    public Totals totals() {
        return jdbc.sql("select (select count(*) from proposal), (select count(*) from proposal_support),"
                        + " (select count(*) from proposal_comment where hidden_at is null)")
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** A proposal's current answer, if it has one (visibility is the caller's check). */
    public Optional<Answer> currentAnswer(long proposalId) {
        return jdbc.sql("select " + Answer.COLUMNS + " from proposal p " + Answer.JOIN + "where p.id = :id")
                .param("id", proposalId)
                .query((rs, n) -> Optional.ofNullable(Answer.read(rs)))
                .optional()
                .flatMap(answer -> answer);
    }

    /** The current state of each of these proposals, for pages that list proposals from elsewhere. */
    public Map<Long, ProposalState> states(Collection<Long> proposalIds) {
        var states = new HashMap<Long, ProposalState>();
        if (!proposalIds.isEmpty()) {
            jdbc.sql("select id, state from proposal where id = any(:ids)")
                    .param("ids", proposalIds.toArray(Long[]::new))
                    .query(rs -> {
                        states.put(rs.getLong(1), ProposalState.valueOf(rs.getString(2)));
                    });
        }
        return states;
    }

    /** How many proposals of a process still wait for an answer (submitted, or only under evaluation). */
    public int waitingForAnswer(long processId) {
        return jdbc.sql(
                        "select count(*) from proposal where process_id = :p and state in ('SUBMITTED', 'UNDER_EVALUATION')")
                .param("p", processId)
                .query(Integer.class)
                .single();
    }

    /**
     * A process's needs and ideas in these places (a neighbourhood and the areas inside it), each need with the
     * ideas that answer it, as the viewer may see them: a neighbourhood lab's funnel.
     */
    public NeedFunnel funnel(long processId, Collection<Long> scopeIds) {
        return needLinks.funnel(processId, scopeIds, processes.hiddenPhaseIds());
    }
}
