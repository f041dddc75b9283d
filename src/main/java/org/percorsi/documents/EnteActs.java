package org.percorsi.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.percorsi.proposals.ProposalState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ente's acts on a process's final documents, as other modules read them (a regional dossier checks that the
 * act was published and when): facts and counts only, no texts. {@code reserved} says whether the act answers a
 * version, a phase or a process reserved to the process's area: a caller showing it to others leaves those out.
 */
@Service
@Transactional(readOnly = true)
public class EnteActs {

    /** What the ente's act may answer an item: the decisions of a proposal's answer that are the ente's to give. */
    public static final List<ProposalState> DECISIONS = List.of(
            ProposalState.ACCEPTED,
            ProposalState.PARTLY_ACCEPTED,
            ProposalState.REJECTED,
            ProposalState.MERGED,
            ProposalState.ALREADY_PLANNED);

    private final JdbcClient jdbc;

    EnteActs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published act: the document and version it answers, its kind, number, date, publication, items by answer. */
    public record PublishedAct(
            long documentId,
            int version,
            ActKind kind,
            String number,
            LocalDate adoptedOn,
            Instant publishedAt,
            int items,
            Map<ProposalState, Integer> itemsByDecision,
            boolean reserved) {

        public int divergent() {
            return items - itemsByDecision.getOrDefault(ProposalState.ACCEPTED, 0);
        }
    }

    /** Every published act answering a final document of the process, the earliest published first. */
    public List<PublishedAct> published(long processId) {
        var acts = jdbc.sql("""
                        select a.id, d.id as document_id, v.number, a.kind, a.number as act_number, a.adopted_on,
                               a.published_at,
                               v.visibility = 'RESERVED' or p.visibility <> 'PUBLIC' or coalesce(ph.reserved, false)
                                 as reserved
                        from document_act a
                        join document_version v on v.id = a.version_id
                        join document d on d.id = v.document_id
                        join process_summary p on p.id = d.process_id
                        left join phase_summary ph on ph.id = d.phase_id
                        where d.process_id = :p and a.published_at is not null
                        order by a.published_at, a.id""")
                .param("p", processId)
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"),
                    new PublishedAct(
                            rs.getLong("document_id"),
                            rs.getInt("number"),
                            ActKind.valueOf(rs.getString("kind")),
                            rs.getString("act_number"),
                            rs.getObject("adopted_on", LocalDate.class),
                            rs.getTimestamp("published_at").toInstant(),
                            0,
                            Map.of(),
                            rs.getBoolean("reserved"))
                })
                .list();
        return acts.stream()
                .map(row -> {
                    var act = (PublishedAct) row[1];
                    var counts = new EnumMap<ProposalState, Integer>(ProposalState.class);
                    jdbc.sql("select decision, count(*) from document_act_item where act_id = :a group by decision")
                            .param("a", (Long) row[0])
                            .query((rs, n) -> counts.put(ProposalState.valueOf(rs.getString(1)), rs.getInt(2)))
                            .list();
                    int items =
                            counts.values().stream().mapToInt(Integer::intValue).sum();
                    return new PublishedAct(
                            act.documentId(),
                            act.version(),
                            act.kind(),
                            act.number(),
                            act.adoptedOn(),
                            act.publishedAt(),
                            items,
                            Map.copyOf(counts),
                            act.reserved());
                })
                .toList();
    }

    /**
     * The items of a final document's version by the proposal each puts forward, whoever asks: for a caller that
     * acts through the use cases, which check who may answer them (the demo data answers the items of its act).
     */
    public Map<Long, Long> itemsByProposal(long documentId, int version) {
        var items = new LinkedHashMap<Long, Long>();
        jdbc.sql("""
                        select i.proposal_id, i.id from document_item i join document_version v on v.id = i.version_id
                        where v.document_id = :d and v.number = :n order by i.position""")
                .param("d", documentId)
                .param("n", version)
                .query((rs, n) -> items.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return items;
    }

    /** The latest published act of the process, if any. */
    public Optional<PublishedAct> latestPublished(long processId) {
        var all = published(processId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /** What a process's public page says of the ente's act: the document it answers, its kind, number and date. */
    public record ActOnRecord(long documentId, ActKind kind, String number, LocalDate adoptedOn) {}

    /**
     * The process's latest published act as its public page names it, in one query and without the items' counts;
     * none when that act answers something reserved to the process's area.
     */
    public Optional<ActOnRecord> latestOnRecord(long processId) {
        return jdbc.sql("""
                        select d.id as document_id, a.kind, a.number as act_number, a.adopted_on,
                               v.visibility = 'RESERVED' or p.visibility <> 'PUBLIC' or coalesce(ph.reserved, false)
                                 as reserved
                        from document_act a
                        join document_version v on v.id = a.version_id
                        join document d on d.id = v.document_id
                        join process_summary p on p.id = d.process_id
                        left join phase_summary ph on ph.id = d.phase_id
                        where d.process_id = :p and a.published_at is not null
                        order by a.published_at desc, a.id desc
                        limit 1""")
                .param("p", processId)
                .query((rs, n) -> rs.getBoolean("reserved")
                        ? Optional.<ActOnRecord>empty()
                        : Optional.of(new ActOnRecord(
                                rs.getLong("document_id"),
                                ActKind.valueOf(rs.getString("kind")),
                                rs.getString("act_number"),
                                rs.getObject("adopted_on", LocalDate.class))))
                .optional()
                .flatMap(act -> act);
    }
}
