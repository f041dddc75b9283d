package org.percorsi.documents.queries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.percorsi.documents.ActKind;
import org.percorsi.documents.EnteActs;
import org.percorsi.documents.MonitoringProgress;
import org.percorsi.files.FilesApi;
import org.percorsi.proposals.Answer;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.proposals.ProposalsApi.Outcome;
import org.percorsi.shared.richtext.RichText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ente's act on a final document: for the public, the published act answering a version the visitor may see,
 * item by item, with its monitoring updates in date order; for the managers, the act being prepared with each
 * item's answer, prefilled from the proposal's own answer until the act says otherwise.
 */
@Service
@Transactional(readOnly = true)
public class EnteActQueries {

    private final JdbcClient jdbc;
    private final ProposalsApi proposals;

    EnteActQueries(JdbcClient jdbc, ProposalsApi proposals) {
        this.jdbc = jdbc;
        this.proposals = proposals;
    }

    /** An item as the act answers it; {@code proposalTitle} null when the visitor may not see the proposal. */
    public record ActItem(
            long itemId,
            int position,
            String title,
            long proposalId,
            String proposalTitle,
            ProposalState decision,
            String motivation) {

        /** Anything not fully accepted diverges from the final document and is motivated. */
        public boolean divergent() {
            return decision != null && decision != ProposalState.ACCEPTED;
        }
    }

    /**
     * A monitoring update; {@code item}: the position (from 0) of the item it is about, null for the whole act;
     * {@code correctedOn}: when a later update corrected it (null if none did).
     */
    public record Update(
            long id,
            Integer item,
            String itemTitle,
            LocalDate on,
            MonitoringProgress progress,
            String note,
            Long corrects,
            LocalDate correctedOn,
            Instant recordedAt) {}

    public record Act(
            long id,
            int version,
            ActKind kind,
            String number,
            LocalDate adoptedOn,
            String url,
            UUID fileId,
            String fileName,
            String summary,
            Instant publishedAt,
            List<ActItem> items,
            List<Update> updates) {

        public boolean published() {
            return publishedAt != null;
        }

        public String fileUrl() {
            return fileId == null ? null : FilesApi.url(fileId);
        }

        /** How many items got each decision, in the order the act's form offers them (only those used). */
        public Map<ProposalState, Long> byDecision() {
            var counts = new EnumMap<ProposalState, Long>(ProposalState.class);
            items.stream().filter(i -> i.decision() != null).forEach(i -> counts.merge(i.decision(), 1L, Long::sum));
            return counts;
        }

        public List<Update> updatesOf(long itemId) {
            var item = items.stream().filter(i -> i.itemId() == itemId).findFirst();
            return item.isEmpty()
                    ? List.of()
                    : updates.stream()
                            .filter(u ->
                                    u.item() != null && u.item() == item.get().position())
                            .toList();
        }

        public List<Update> generalUpdates() {
            return updates.stream().filter(u -> u.item() == null).toList();
        }
    }

    /** The latest published act answering one of these versions (the ones the visitor may see). */
    public Optional<Act> published(long documentId, Set<Integer> visibleVersions) {
        return jdbc.sql(ACT + """
                        where v.document_id = :d and v.number = any(:n) and a.published_at is not null
                        order by v.number desc limit 1""")
                .param("d", documentId)
                .param("n", visibleVersions.toArray(Integer[]::new))
                .query((rs, n) -> rs.getLong("id"))
                .optional()
                .map(this::act);
    }

    /** The published act answering exactly this version, if there is one. */
    public Optional<Act> publishedFor(long documentId, int version) {
        return published(documentId, Set.of(version));
    }

    private static final String ACT = "select a.id from document_act a join document_version v on v.id = a.version_id ";

    private Act act(long actId) {
        var items = jdbc.sql("""
                        select i.id, i.position, i.title, i.proposal_id, x.decision, x.motivation
                        from document_act a join document_item i on i.version_id = a.version_id
                        left join document_act_item x on x.act_id = a.id and x.item_id = i.id
                        where a.id = :a order by i.position""")
                .param("a", actId)
                .query((rs, n) -> new ActItem(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getLong("proposal_id"),
                        null,
                        rs.getString("decision") == null ? null : ProposalState.valueOf(rs.getString("decision")),
                        rs.getString("motivation")))
                .list();
        var titles = proposals.visibleOutcomes(
                items.stream().map(ActItem::proposalId).toList());
        var shown = items.stream()
                .map(i -> new ActItem(
                        i.itemId(),
                        i.position(),
                        i.title(),
                        i.proposalId(),
                        titles.containsKey(i.proposalId())
                                ? titles.get(i.proposalId()).title()
                                : null,
                        i.decision(),
                        i.motivation()))
                .toList();
        var updates = jdbc.sql("""
                        select u.id, i.position, i.title, u.happened_on, u.progress, u.note, u.corrects, u.recorded_at,
                               (select min(c.happened_on) from document_act_update c where c.corrects = u.id) as corrected_on
                        from document_act_update u left join document_item i on i.id = u.item_id
                        where u.act_id = :a order by u.happened_on, u.id""")
                .param("a", actId)
                .query((rs, n) -> new Update(
                        rs.getLong("id"),
                        rs.getObject("position", Integer.class),
                        rs.getString("title"),
                        rs.getObject("happened_on", LocalDate.class),
                        MonitoringProgress.valueOf(rs.getString("progress")),
                        rs.getString("note"),
                        rs.getObject("corrects", Long.class),
                        rs.getObject("corrected_on", LocalDate.class),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
        return jdbc.sql("""
                        select a.id, v.number, a.kind, a.number as act_number, a.adopted_on, a.url, a.file_id,
                               a.file_name, a.summary, a.published_at
                        from document_act a join document_version v on v.id = a.version_id where a.id = :a""")
                .param("a", actId)
                .query((rs, n) -> new Act(
                        rs.getLong("id"),
                        rs.getInt("number"),
                        ActKind.valueOf(rs.getString("kind")),
                        rs.getString("act_number"),
                        rs.getObject("adopted_on", LocalDate.class),
                        rs.getString("url"),
                        rs.getObject("file_id", UUID.class),
                        rs.getString("file_name"),
                        rs.getString("summary"),
                        rs.getTimestamp("published_at") == null
                                ? null
                                : rs.getTimestamp("published_at").toInstant(),
                        shown,
                        updates))
                .single();
    }

    // --- the back office

    /** An item on the act's form: what the act answers, or else what the proposal's own answer says. */
    public record FormItem(
            long itemId,
            int position,
            String title,
            long proposalId,
            String proposalTitle,
            Answer proposalAnswer,
            String decision,
            String motivation) {}

    /**
     * The act's page for the managers (checked by the caller). {@code version}: the version the act answers (its
     * latest out of draft; null while every version is a draft); {@code sentOn}: when it was sent to the ente.
     */
    public record TeamAct(
            boolean finalDocument,
            Integer version,
            LocalDate sentOn,
            String protocolNumber,
            Act act,
            List<FormItem> items) {}

    public TeamAct forTeam(long documentId) {
        var head = jdbc.sql("""
                        select d.kind = 'FINAL_DOCUMENT' as final_document,
                               (select max(number) from document_version v where v.document_id = d.id
                                and v.state <> 'DRAFT') as number
                        from document d where d.id = :d""")
                .param("d", documentId)
                .query((rs, n) -> new Object[] {rs.getBoolean(1), rs.getObject(2, Integer.class)})
                .single();
        boolean finalDocument = (Boolean) head[0];
        Integer version = (Integer) head[1];
        if (!finalDocument || version == null) {
            return new TeamAct(finalDocument, version, null, null, null, List.of());
        }
        long versionId = jdbc.sql("select id from document_version where document_id = :d and number = :n")
                .param("d", documentId)
                .param("n", version)
                .query(Long.class)
                .single();
        var sent = jdbc.sql(
                        "select done_on, protocol_number from document_review where version_id = :v and step = 'SENT'")
                .param("v", versionId)
                .query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getString(2)})
                .optional();
        Act act = jdbc.sql("select id from document_act where version_id = :v")
                .param("v", versionId)
                .query(Long.class)
                .optional()
                .map(this::act)
                .orElse(null);
        var rows = jdbc.sql("""
                        select i.id, i.position, i.title, i.proposal_id from document_item i where i.version_id = :v
                        order by i.position""")
                .param("v", versionId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4)})
                .list();
        Map<Long, Outcome> outcomes =
                proposals.visibleOutcomes(rows.stream().map(r -> (Long) r[3]).toList());
        var items = rows.stream()
                .map(r -> {
                    long itemId = (Long) r[0];
                    var outcome = outcomes.get((Long) r[3]);
                    Answer answer = outcome == null ? null : outcome.answer();
                    var answered = act == null
                            ? null
                            : act.items().stream()
                                    .filter(i -> i.itemId() == itemId)
                                    .findFirst()
                                    .orElse(null);
                    String decision;
                    String motivation;
                    if (answered != null && (answered.decision() != null || answered.motivation() != null)) {
                        decision = answered.decision() == null
                                ? null
                                : answered.decision().name();
                        motivation = answered.motivation();
                    } else {
                        // prefilled from the proposal's answer, when it is one the act can give
                        boolean usable = answer != null && EnteActs.DECISIONS.contains(answer.decision());
                        decision = usable ? answer.decision().name() : null;
                        motivation = usable && answer.motivationHtml() != null
                                ? RichText.plainText(answer.motivationHtml())
                                : null;
                    }
                    return new FormItem(
                            itemId,
                            (Integer) r[1],
                            (String) r[2],
                            (Long) r[3],
                            outcome == null ? null : outcome.title(),
                            answer,
                            decision,
                            motivation);
                })
                .toList();
        return new TeamAct(
                true,
                version,
                sent.map(s -> (LocalDate) s[0]).orElse(null),
                sent.map(s -> (String) s[1]).orElse(null),
                act,
                items);
    }
}
